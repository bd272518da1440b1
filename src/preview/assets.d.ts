/** Workbooks imported as webpack asset/resource modules resolve to their URL. */
declare module '*.xlsx' {
  const url: string;
  export default url;
}
