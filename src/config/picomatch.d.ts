/** The part of picomatch's API used here (picomatch, tinyglobby's matcher, ships no types). */
declare module 'picomatch' {
  interface PicomatchOptions {
    /** Let wildcards match names starting with a dot. */
    dot?: boolean;
    /** Read backslashes as path separators (true) or as escapes (false). */
    windows?: boolean;
  }
  function picomatch(glob: string, options?: PicomatchOptions): (path: string) => boolean;
  export default picomatch;
}
