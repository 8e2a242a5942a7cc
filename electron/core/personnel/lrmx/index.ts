// The approval form file (.lrmx): read one file's bytes, write a person back out.
export { readLrmx } from './read'
export { writeLrmx } from './write'
