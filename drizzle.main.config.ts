import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/core/db/schema/main.ts',
  out: './electron/core/db/migrations/main',
})
