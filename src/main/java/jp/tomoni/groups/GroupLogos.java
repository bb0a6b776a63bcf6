package jp.tomoni.groups;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logos of groups: replaced and removed by the group's administrators, served to whoever may see the group. Who
 * administers a group and who may see it is {@link GroupDirectory}'s decision, asked here, never repeated.
 */
@Service
public class GroupLogos {

	private final GroupLogoRepository logos;

	private final GroupDirectory directory;

	private final AuditLog auditLog;

	private final Clock clock;

	GroupLogos(GroupLogoRepository logos, GroupDirectory directory, AuditLog auditLog, Clock clock) {
		this.logos = logos;
		this.directory = directory;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The group's administrator uploads a logo: re-encoded, or refused with a {@link GroupRuleViolation} on the field
	 * {@code logo} and nothing changes. {@link GroupNotFound} when this person does not administer the group.
	 */
	@Transactional
	public void replace(long accountId, long groupId, byte[] upload) {
		directory.editableBy(accountId, groupId);
		LogoImages.Logo logo = LogoImages.reencode(upload);
		GroupLogo stored = logos.findById(groupId).orElseGet(() -> new GroupLogo(groupId));
		stored.replace(logo, sha256(logo.bytes()), clock.instant());
		logos.save(stored);
		auditLog.record(new AuditRecord("group.logo-replaced", "group", Long.toString(groupId)));
	}

	/** The group's administrator removes the logo. */
	@Transactional
	public void remove(long accountId, long groupId) {
		directory.editableBy(accountId, groupId);
		if (logos.existsById(groupId)) {
			logos.deleteById(groupId);
			auditLog.record(new AuditRecord("group.logo-removed", "group", Long.toString(groupId)));
		}
	}

	/** The logo for this viewer: only of a group they may see ({@link GroupNotFound} otherwise). */
	@Transactional(readOnly = true)
	public Optional<LogoView> logo(long groupId, Viewer viewer) {
		boolean publicGroup = directory.profile(groupId, viewer).summary().status() == GroupStatus.APPROVED;
		return logos.findById(groupId).map(logo -> logo.toView(publicGroup));
	}

	/** The version of the group's logo (for its address), if it has one; no check of who asks. */
	@Transactional(readOnly = true)
	public Optional<String> version(long groupId) {
		return logos.findSha256ByGroupId(groupId).map(sha -> sha.substring(0, 16));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
