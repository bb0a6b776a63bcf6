package jp.tomoni.groups;

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
 * Turns an uploaded logo into a small image of our own making (docs/decisions/0021). The upload is never kept or
 * served as it came: its dimensions are read from the header before any pixel is decoded (a small file may claim
 * 100,000 × 100,000 pixels), at most a bounded number of pixels is decoded, and the picture is drawn anew and
 * written as PNG (when it has transparency) or JPEG, which carries none of the upload's metadata (EXIF, GPS,
 * comments, colour profiles).
 */
final class LogoImages {

	/** The largest upload accepted. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** The largest width and height accepted. */
	static final int MAX_DIMENSION = 4000;

	/** The longest side of the stored logo. */
	static final int STORED_SIDE = 512;

	/** The formats accepted, as ImageIO names them; WebP only where an ImageIO plugin can decode it. */
	static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "webp");

	/** A re-encoded logo. */
	record Logo(String contentType, byte[] bytes, int width, int height) {
	}

	private LogoImages() {
	}

	/** Re-encodes an upload, or refuses it with a {@link GroupRuleViolation} on the field {@code logo}. */
	static Logo reencode(byte[] upload) {
		if (upload.length == 0) {
			throw new GroupRuleViolation("logo", "group.logo.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new GroupRuleViolation("logo", "group.logo.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		BufferedImage decoded = decode(upload);
		BufferedImage scaled = scale(decoded);
		boolean transparent = scaled.getColorModel().hasAlpha();
		try {
			return transparent ? new Logo("image/png", png(scaled), scaled.getWidth(), scaled.getHeight())
					: new Logo("image/jpeg", jpeg(scaled), scaled.getWidth(), scaled.getHeight());
		}
		catch (IOException ex) {
			throw new GroupRuleViolation("logo", "group.logo.notImage");
		}
	}

	private static BufferedImage decode(byte[] upload) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				throw new GroupRuleViolation("logo", "group.logo.notImage");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!FORMATS.contains(format)) {
					throw new GroupRuleViolation("logo", "group.logo.notImage");
				}
				reader.setInput(input, true, true);
				// The header only: no pixel is decoded yet.
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw new GroupRuleViolation("logo", "group.logo.notImage");
				}
				if (width > MAX_DIMENSION || height > MAX_DIMENSION) {
					throw new GroupRuleViolation("logo", "group.logo.tooManyPixels", MAX_DIMENSION, width, height);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				// Decode every n-th pixel when the picture is far larger than what is kept: less memory, same result.
				int step = Math.max(1, Math.max(width, height) / (STORED_SIDE * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new GroupRuleViolation("logo", "group.logo.notImage");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof GroupRuleViolation violation) {
				throw violation;
			}
			// A truncated or corrupt file, or one ImageIO cannot read (a CMYK JPEG): not an image we can use.
			throw new GroupRuleViolation("logo", "group.logo.notImage");
		}
	}

	/** Draws the picture anew, the longest side at most {@link #STORED_SIDE}: only pixels survive. */
	private static BufferedImage scale(BufferedImage source) {
		int width = source.getWidth();
		int height = source.getHeight();
		double factor = Math.min(1.0, (double) STORED_SIDE / Math.max(width, height));
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
