import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/core/db/schema/personnel.ts',
  out: './electron/core/db/migrations/personnel',
})
