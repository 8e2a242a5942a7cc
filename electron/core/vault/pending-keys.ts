import { sealDataKey } from './crypto'
import type { KeyFile, KeyFileUser, StoreName } from './keyfile'

/*
 * A key rotation replaces a store file that opens with the current data key by one that
 * opens only with a new key. So that a crash between that swap and the key file's update
 * can never leave a store nobody can open, the new key is first sealed into the key file
 * as a *pending* key beside the current one; after the swap it is promoted. Whichever
 * state a crash leaves, one of the two keys opens the store, and the next unlock settles
 * the file (promotes or drops the pending key) for everyone. None of this needs a secret:
 * sealing uses public keys, promoting only moves sealed boxes.
 */

/** Who is entitled to a store's key: everyone in the key file for main, holders for personnel. */
export function holdsStore(entry: KeyFileUser, store: StoreName): boolean {
  return store === 'main' || entry.sealedKeys.personnel !== undefined
}

/** A user entry without its pending key for the store (also used when a grant is taken away). */
export function withoutPendingKey(entry: KeyFileUser, store: StoreName): KeyFileUser {
  if (!entry.pendingKeys?.[store]) return entry
  const { [store]: _dropped, ...others } = entry.pendingKeys
  const { pendingKeys: _all, ...rest } = entry
  return Object.keys(others).length > 0 ? { ...rest, pendingKeys: others } : rest
}

/**
 * Seals the store's next data key, as pending, to every user entitled to the store (and, with
 * `onlyFor`, also kept by a user change that goes with the rotation: see keys/rotate-keys.ts).
 */
export function withPendingKey(keyFile: KeyFile, store: StoreName, nextKey: Buffer, onlyFor: (entry: KeyFileUser) => boolean = () => true): KeyFile {
  return {
    ...keyFile,
    users: keyFile.users.map((entry) =>
      holdsStore(entry, store) && onlyFor(entry) ? { ...entry, pendingKeys: { ...entry.pendingKeys, [store]: sealDataKey(nextKey, entry.publicKey, store) } } : entry,
    ),
  }
}

/**
 * The key that opens the store becomes every entitled user's current key, sealed afresh: also
 * for a user who held no pending box for it (a user change that rolled back while the store it
 * rotated was already swapped in leaves that user entitled, and the key must reach them).
 */
export function withSealedKey(keyFile: KeyFile, store: StoreName, key: Buffer): KeyFile {
  return {
    ...keyFile,
    users: keyFile.users.map((entry) =>
      holdsStore(entry, store) ? withoutPendingKey({ ...entry, sealedKeys: { ...entry.sealedKeys, [store]: sealDataKey(key, entry.publicKey, store) } }, store) : entry,
    ),
  }
}

/** The store now opens with the pending key: it becomes everyone's current key. */
export function promotePendingKey(keyFile: KeyFile, store: StoreName): KeyFile {
  return {
    ...keyFile,
    users: keyFile.users.map((entry) => {
      const pending = entry.pendingKeys?.[store]
      return pending ? withoutPendingKey({ ...entry, sealedKeys: { ...entry.sealedKeys, [store]: pending } }, store) : entry
    }),
  }
}

/** The store still opens with the current key: the rotation never reached the swap. */
export function dropPendingKey(keyFile: KeyFile, store: StoreName): KeyFile {
  return { ...keyFile, users: keyFile.users.map((entry) => withoutPendingKey(entry, store)) }
}

export function hasPendingKey(keyFile: KeyFile, store: StoreName): boolean {
  return keyFile.users.some((entry) => entry.pendingKeys?.[store] !== undefined)
}

