/** The injection token of the dossier file store (a `FileStore`: a local folder today). */
export const FILE_STORE = Symbol('FILE_STORE');
