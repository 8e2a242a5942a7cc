// The 搜索 destination is built: the layout keeps importing it from here.
export { SearchPage } from '../search/SearchPage'
