// jsonld ships no types; the tests use expand() only.
declare module 'jsonld' {
  const jsonld: { expand(input: object, options?: object): Promise<unknown> };
  export default jsonld;
}
