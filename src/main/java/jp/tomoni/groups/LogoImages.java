package jp.tomoni.groups;

import jp.tomoni.shared.SafeImages;

/**
 * Turns an uploaded logo into a small image of our own making (docs/decisions/0021): the image safety itself
 * (size and header checks before decoding, bounded decoding, re-encoding without metadata) is
 * {@link SafeImages}'; here are the logo's limits and its messages on the field {@code logo}.
 */
final class LogoImages {

	/** The largest upload accepted. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** The largest width and height accepted. */
	static final int MAX_DIMENSION = 4000;

	/** The longest side of the stored logo. */
	static final int STORED_SIDE = 512;

	static final SafeImages.Limits LIMITS = new SafeImages.Limits(MAX_BYTES, MAX_DIMENSION, STORED_SIDE);

	/** A re-encoded logo. */
	record Logo(String contentType, byte[] bytes, int width, int height) {
	}

	private LogoImages() {
	}

	/** Re-encodes an upload, or refuses it with a {@link GroupRuleViolation} on the field {@code logo}. */
	static Logo reencode(byte[] upload) {
		try {
			SafeImages.Reencoded image = SafeImages.reencode(upload, LIMITS);
			return new Logo(image.contentType(), image.bytes(), image.width(), image.height());
		}
		catch (SafeImages.Refused refused) {
			throw refusal(refused);
		}
	}

	/** The refusal as the logo's message on its field. */
	static GroupRuleViolation refusal(SafeImages.Refused refused) {
		String code = switch (refused.refusal()) {
			case EMPTY -> "group.logo.empty";
			case TOO_LARGE -> "group.logo.tooLarge";
			case TOO_MANY_PIXELS -> "group.logo.tooManyPixels";
			case NOT_IMAGE -> "group.logo.notImage";
		};
		return new GroupRuleViolation("logo", code, refused.arguments());
	}
}
