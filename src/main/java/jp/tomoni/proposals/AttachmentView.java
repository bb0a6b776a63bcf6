package jp.tomoni.proposals;

/** An attachment in a list: its name, type and size, never its content. */
record AttachmentView(long id, String fileName, String contentType, long sizeBytes) {

	/** The size in kilobytes, rounded up, for the page. */
	public long kilobytes() {
		return (sizeBytes + 1023) / 1024;
	}
}
