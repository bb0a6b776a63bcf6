package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Re-encoding of uploaded logos: metadata stripped, size bounded, non-images and bombs refused before decoding. */
class GroupProfileImageTests {

	private static final String SECRET = "GPS 35.5710N 139.3707E Tomoni-secret-camera";

	static byte[] image(int width, int height, String format, boolean alpha) throws IOException {
		BufferedImage image = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(20, 120, 80, alpha ? 128 : 255));
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	/** A JPEG with an APP1 "Exif" segment right after its start marker, carrying a camera's position. */
	static byte[] jpegWithExif() throws IOException {
		byte[] jpeg = image(1200, 800, "jpeg", false);
		byte[] payload = ("Exif\0\0MM\0*\0\0\0\b" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer exif = ByteBuffer.allocate(4 + payload.length);
		exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(exif.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A valid 1×1 PNG whose header then claims the given size (its checksum corrected): a decompression bomb. */
	static byte[] pngClaiming(int width, int height) throws IOException {
		byte[] png = image(1, 1, "png", false);
		// Signature (8), length (4), "IHDR" (4), then width and height; the CRC covers type and data (17 bytes).
		ByteBuffer buffer = ByteBuffer.wrap(png);
		buffer.putInt(16, width).putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		buffer.putInt(29, (int) crc.getValue());
		return png;
	}

	@Test
	void aJpegIsReencodedWithoutItsExifAndScaledDown() throws IOException {
		byte[] upload = jpegWithExif();
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif", SECRET);

		LogoImages.Logo logo = LogoImages.reencode(upload);

		String stored = new String(logo.bytes(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("Exif").doesNotContain("Tomoni-secret");
		assertThat(logo.contentType()).isEqualTo("image/jpeg");
		assertThat(logo.width()).isEqualTo(512);
		assertThat(logo.height()).isEqualTo(341);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
		assertThat(decoded.getWidth()).isEqualTo(512);
	}

	@Test
	void aTransparentPngStaysPngAndASmallImageIsNotEnlarged() throws IOException {
		LogoImages.Logo logo = LogoImages.reencode(image(200, 100, "png", true));
		assertThat(logo.contentType()).isEqualTo("image/png");
		assertThat(logo.width()).isEqualTo(200);
		assertThat(logo.height()).isEqualTo(100);
		assertThat(ImageIO.read(new ByteArrayInputStream(logo.bytes())).getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void aGifIsAccepted() throws IOException {
		LogoImages.Logo logo = LogoImages.reencode(image(64, 64, "gif", false));
		assertThat(logo.width()).isEqualTo(64);
	}

	@Test
	void aTextFileNamedPngIsRefused() {
		byte[] text = "<?php echo 'not an image'; ?>\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> LogoImages.reencode(text)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> {
					assertThat(violation.field()).isEqualTo("logo");
					assertThat(violation.code()).isEqualTo("group.logo.notImage");
				});
	}

	@Test
	void aTruncatedImageIsRefused() throws IOException {
		byte[] png = image(300, 300, "png", false);
		byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
		assertThatThrownBy(() -> LogoImages.reencode(truncated)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.logo.notImage"));
	}

	@Test
	void dimensionsOverTheLimitAreRefusedFromTheHeaderAlone() throws IOException {
		assertThatThrownBy(() -> LogoImages.reencode(image(4001, 10, "png", false)))
			.isInstanceOfSatisfying(GroupRuleViolation.class, violation -> {
				assertThat(violation.code()).isEqualTo("group.logo.tooManyPixels");
				assertThat(violation.arguments()).containsExactly(4000, 4001, 10);
			});
		// 100,000 × 100,000 pixels would need 40 GB decoded: refused from the header, nothing decoded.
		byte[] bomb = pngClaiming(100_000, 100_000);
		assertThat(bomb.length).isLessThan(200);
		assertThatThrownBy(() -> LogoImages.reencode(bomb)).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.logo.tooManyPixels"));
	}

	@Test
	void emptyAndOversizeFilesAreRefused() {
		assertThatThrownBy(() -> LogoImages.reencode(new byte[0])).isInstanceOfSatisfying(GroupRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo("group.logo.empty"));
		assertThatThrownBy(() -> LogoImages.reencode(new byte[LogoImages.MAX_BYTES + 1]))
			.isInstanceOfSatisfying(GroupRuleViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("group.logo.tooLarge"));
	}

	@Test
	void theShaOfTheStoredBytesIsTheirVersion() {
		assertThat(GroupLogos.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
