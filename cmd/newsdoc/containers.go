package main

// defaultExts are the files parse reads from a directory when -ext is not
// given: text, and the containers the library reads (Nexis Uni DOCX,
// GoPress RTF and XML, NITF XML, HTML pages).
const defaultExts = ".txt,.docx,.rtf,.xml,.html,.htm"
