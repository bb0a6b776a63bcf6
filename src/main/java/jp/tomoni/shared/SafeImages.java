package jp.tomoni.shared;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded picture into an image of our own making (decisions 0021 and 0058), for every module that keeps
 * pictures people upload (group logos, photos of local issues). The upload is never kept or served as it came: its
 * size is checked before anything is decoded, its dimensions are read from the header before any pixel is decoded
 * (a small file may claim 100,000 × 100,000 pixels), at most a bounded number of pixels is decoded, and the picture
 * is drawn anew and written as PNG (when it has transparency) or JPEG, which carries none of the upload's metadata
 * (EXIF, GPS, comments, colour profiles). A refusal is a {@link Refused} with its {@link Refusal}; each module turns
 * it into a message naming its own field.
 */
public final class SafeImages {

	/** The formats accepted, as ImageIO names them; WebP only where an ImageIO plugin can decode it. */
	public static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "webp");

	/**
	 * What a module accepts and keeps.
	 *
	 * @param maxBytes the largest upload accepted
	 * @param maxDimension the largest width and height accepted
	 * @param storedSide the longest side of the stored image (smaller pictures are not enlarged)
	 */
	public record Limits(int maxBytes, int maxDimension, int storedSide) {

		/** The largest upload in whole megabytes, for messages. */
		public int maxMegabytes() {
			return maxBytes / (1024 * 1024);
		}
	}

	/** A re-encoded image. */
	public record Reencoded(String contentType, byte[] bytes, int width, int height) {
	}

	/** Why an upload was refused. */
	public enum Refusal {

		/** No bytes at all. */
		EMPTY,

		/** Over {@link Limits#maxBytes()}: arguments are the limit in megabytes. */
		TOO_LARGE,

		/** Over {@link Limits#maxDimension()}: arguments are the limit, the width and the height. */
		TOO_MANY_PIXELS,

		/** Not a picture we can read (a text file, a truncated or corrupt image, an unsupported format). */
		NOT_IMAGE
	}

	/** An upload refused, with the numbers its message shows. */
	public static final class Refused extends RuntimeException {

		private final Refusal refusal;

		private final transient Object[] arguments;

		Refused(Refusal refusal, Object... arguments) {
			super(refusal.name());
			this.refusal = refusal;
			this.arguments = arguments;
		}

		public Refusal refusal() {
			return refusal;
		}

		public Object[] arguments() {
			return arguments.clone();
		}
	}

	private SafeImages() {
	}

	/** Refuses an upload of this many bytes without reading it, as a controller can before loading it in memory. */
	public static void checkSize(long bytes, Limits limits) {
		if (bytes <= 0) {
			throw new Refused(Refusal.EMPTY);
		}
		if (bytes > limits.maxBytes()) {
			throw new Refused(Refusal.TOO_LARGE, limits.maxMegabytes());
		}
	}

	/** Re-encodes an upload, or refuses it with {@link Refused}. */
	public static Reencoded reencode(byte[] upload, Limits limits) {
		checkSize(upload.length, limits);
		BufferedImage scaled = scale(decode(upload, limits), limits.storedSide());
		boolean transparent = scaled.getColorModel().hasAlpha();
		try {
			return transparent ? new Reencoded("image/png", png(scaled), scaled.getWidth(), scaled.getHeight())
					: new Reencoded("image/jpeg", jpeg(scaled), scaled.getWidth(), scaled.getHeight());
		}
		catch (IOException ex) {
			throw new Refused(Refusal.NOT_IMAGE);
		}
	}

	private static BufferedImage decode(byte[] upload, Limits limits) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				throw new Refused(Refusal.NOT_IMAGE);
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!FORMATS.contains(format)) {
					throw new Refused(Refusal.NOT_IMAGE);
				}
				reader.setInput(input, true, true);
				// The header only: no pixel is decoded yet.
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw new Refused(Refusal.NOT_IMAGE);
				}
				if (width > limits.maxDimension() || height > limits.maxDimension()) {
					throw new Refused(Refusal.TOO_MANY_PIXELS, limits.maxDimension(), width, height);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				// Decode every n-th pixel when the picture is far larger than what is kept: less memory, same result.
				int step = Math.max(1, Math.max(width, height) / (limits.storedSide() * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new Refused(Refusal.NOT_IMAGE);
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Refused refused) {
				throw refused;
			}
			// A truncated or corrupt file, or one ImageIO cannot read (a CMYK JPEG): not an image we can use.
			throw new Refused(Refusal.NOT_IMAGE);
		}
	}

	/** Draws the picture anew, the longest side at most {@code side}: only pixels survive. */
	private static BufferedImage scale(BufferedImage source, int side) {
		int width = source.getWidth();
		int height = source.getHeight();
		double factor = Math.min(1.0, (double) side / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * factor));
		int targetHeight = Math.max(1, (int) Math.round(height * factor));
		boolean alpha = source.getColorModel().hasAlpha();
		BufferedImage target = new BufferedImage(targetWidth, targetHeight,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.drawImage(source, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) {
			throw new IOException("no PNG writer");
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.88f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
