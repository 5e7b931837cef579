package io.verbatim.digest;

/** How the HTML digest refers to its chart images. */
public enum ImageMode {
  /** Embedded as {@code data:image/png;base64,...}: one self-contained file to open or archive. */
  DATA_URI,
  /**
   * {@code cid:} references to inline parts of a multipart/related e-mail: many mail clients
   * (Gmail, Outlook) block data URIs but show inline attachments.
   */
  CID
}
