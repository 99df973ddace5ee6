declare module "datapackage";
