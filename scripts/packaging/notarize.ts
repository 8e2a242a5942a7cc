import type { AfterPackContext } from 'electron-builder'

/**
 * Apple notarization credentials, read only from the environment (a release machine's
 * secrets, never the repository). Either an App Store Connect API key or an Apple ID
 * with an app-specific password.
 */
export type NotarizeCredentials =
  | { kind: 'api-key'; appleApiKey: string; appleApiKeyId: string; appleApiIssuer: string }
  | { kind: 'apple-id'; appleId: string; appleIdPassword: string; teamId: string }

const apiKeyVariables = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'] as const
const appleIdVariables = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'] as const

export type CredentialsLookup = { credentials: NotarizeCredentials } | { skip: string }

/** Complete credentials, a reason to skip when none are set, or an error for half a set. */
export function notarizeCredentialsFrom(env: NodeJS.ProcessEnv): CredentialsLookup {
  const present = (names: readonly string[]) => names.filter((name) => env[name])
  const apiKey = present(apiKeyVariables)
  const appleId = present(appleIdVariables)
  if (apiKey.length === apiKeyVariables.length) {
    return { credentials: { kind: 'api-key', appleApiKey: env.APPLE_API_KEY!, appleApiKeyId: env.APPLE_API_KEY_ID!, appleApiIssuer: env.APPLE_API_ISSUER! } }
  }
  if (appleId.length === appleIdVariables.length) {
    return { credentials: { kind: 'apple-id', appleId: env.APPLE_ID!, appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD!, teamId: env.APPLE_TEAM_ID! } }
  }
  // Half a set is a release machine misconfigured: fail loudly rather than ship un-notarized.
  const partial = apiKey.length > 0 ? apiKeyVariables : appleId.length > 0 ? appleIdVariables : null
  if (partial) throw new Error(`Notarization credentials are incomplete: set all of ${partial.join(', ')} (missing: ${partial.filter((name) => !env[name]).join(', ')}).`)
  return { skip: `no notarization credentials in the environment (${apiKeyVariables.join('/')} or ${appleIdVariables.join('/')})` }
}

/** electron-builder's afterSign hook: notarizes and staples the signed macOS app. */
export async function notarizeMacApp(context: AfterPackContext): Promise<void> {
  if (context.electronPlatformName !== 'darwin') return
  const lookup = notarizeCredentialsFrom(process.env)
  if ('skip' in lookup) {
    console.log(`  • skipping notarization: ${lookup.skip}`)
    return
  }
  const appPath = `${context.appOutDir}/${context.packager.appInfo.productFilename}.app`
  const { notarize } = await import('@electron/notarize')
  const { credentials } = lookup
  console.log(`  • notarizing ${appPath} (${credentials.kind})`)
  if (credentials.kind === 'api-key') {
    await notarize({ appPath, appleApiKey: credentials.appleApiKey, appleApiKeyId: credentials.appleApiKeyId, appleApiIssuer: credentials.appleApiIssuer })
  } else {
    await notarize({ appPath, appleId: credentials.appleId, appleIdPassword: credentials.appleIdPassword, teamId: credentials.teamId })
  }
}
