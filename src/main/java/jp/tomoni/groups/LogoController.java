package jp.tomoni.groups;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's logo: its administrators upload, replace or remove it; the group page shows it to whoever may see the
 * group. Who administers and who may see is {@link GroupDirectory}'s decision (through {@link GroupLogos}).
 */
@Controller
class LogoController {

	private final GroupLogos logos;

	private final GroupDirectory directory;

	private final MessageSource messages;

	LogoController(GroupLogos logos, GroupDirectory directory, MessageSource messages) {
		this.logos = logos;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/account/groups/{id}/logo")
	@PreAuthorize("isAuthenticated()")
	String form(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
		directory.editableBy(person.accountId(), id);
		return page(id, model);
	}

	@PostMapping("/account/groups/{id}/logo")
	@PreAuthorize("isAuthenticated()")
	String upload(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@RequestParam(name = "logo", required = false) @Nullable MultipartFile logo, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		directory.editableBy(person.accountId(), id);
		try {
			if (logo == null || logo.isEmpty()) {
				throw new GroupRuleViolation("logo", "group.logo.empty");
			}
			if (logo.getSize() > LogoImages.MAX_BYTES) {
				// Refused before reading the bytes into memory.
				throw new GroupRuleViolation("logo", "group.logo.tooLarge", LogoImages.MAX_BYTES / (1024 * 1024));
			}
			logos.replace(person.accountId(), id, logo.getBytes());
			redirect.addFlashAttribute("logoSaved", true);
			return "redirect:/account/groups/" + id + "/logo";
		}
		catch (GroupRuleViolation violation) {
			model.addAttribute("logoError", messages.getMessage(violation.code(), violation.arguments(), locale));
			return page(id, model);
		}
	}

	@PostMapping("/account/groups/{id}/logo/delete")
	@PreAuthorize("isAuthenticated()")
	String remove(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		logos.remove(person.accountId(), id);
		redirect.addFlashAttribute("logoRemoved", true);
		return "redirect:/account/groups/" + id + "/logo";
	}

	/**
	 * The logo itself: only of a group the viewer may see (404 otherwise). Its address carries its version, so a
	 * public group's logo is cached for a day; the ETag answers revalidation with 304.
	 */
	@GetMapping("/groups/{id}/logo")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> logo(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		LogoView logo = logos.logo(id, Viewers.current()).orElseThrow(() -> new GroupNotFound(id));
		String etag = "\"" + logo.sha256() + "\"";
		CacheControl cache = logo.publicGroup() ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic()
				: CacheControl.noCache().cachePrivate();
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		String extension = MediaType.IMAGE_PNG_VALUE.equals(logo.contentType()) ? "png" : "jpg";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.eTag(etag)
			.cacheControl(cache)
			.lastModified(logo.updatedAt())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("logo-" + id + "." + extension).build().toString())
			.body(logo.bytes());
	}

	private String page(long id, Model model) {
		GroupProfile profile = directory.profile(id, Viewers.current());
		model.addAttribute("groupId", id);
		model.addAttribute("profile", profile);
		model.addAttribute("logoVersion", logos.version(id).orElse(null));
		model.addAttribute("maxMegabytes", LogoImages.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxDimension", LogoImages.MAX_DIMENSION);
		return "groups/logo";
	}
}
