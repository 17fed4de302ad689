// The areas' own pages and Help: one small chunk, loaded when first opened.
export { OrganisationAreaPage, RegionAreaPage, TeamAreaPage, YouAreaPage } from './AreaPage';
export { HelpPage } from './HelpPage';
