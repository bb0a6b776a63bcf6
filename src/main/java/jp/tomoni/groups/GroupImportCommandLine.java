package jp.tomoni.groups;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.groups.imports.ImportFormat;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tomoni.jar import groups FILE [--format=…] [--dry-run] [--as=EMAIL]}: the import without the
 * web server ({@code TomoniApplication} starts the application without it and calls {@link #run}). The groups
 * created are administered by the account of {@code --as}, else by {@code tomoni.bootstrap-admin}, else by the
 * municipality's only administrator; it must hold the administrator, coordinator or city staff role. Exit status:
 * 0 applied (dry run: would apply), 1 refused (a line or the file; nothing applied), 2 usage, 3 failure while
 * applying (nothing applied).
 */
@Component
public class GroupImportCommandLine {

	public static final int APPLIED = 0;

	public static final int REFUSED = 1;

	public static final int USAGE = 2;

	public static final int FAILED = 3;

	private static final Set<Role> IMPORTERS = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.CITY_STAFF);

	private final GroupImports imports;

	private final GroupImportReportText text;

	private final AccountManagement accounts;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final String bootstrapAdmin;

	GroupImportCommandLine(GroupImports imports, GroupImportReportText text, AccountManagement accounts,
			Municipalities municipalities, MessageSource messages,
			@Value("${tomoni.bootstrap-admin:}") String bootstrapAdmin) {
		this.imports = imports;
		this.text = text;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.messages = messages;
		this.bootstrapAdmin = bootstrapAdmin;
	}

	/** True when the arguments ask for an import (the application then starts without its web server). */
	public static boolean isImport(String... args) {
		return args.length > 0 && "import".equals(args[0]);
	}

	/** Runs the import the arguments describe, prints the report in Japanese and returns the exit status. */
	public int run(String[] args, PrintStream out) {
		Locale locale = Locale.JAPANESE;
		List<String> positional = new ArrayList<>();
		String formatId = null;
		String as = null;
		boolean dryRun = false;
		for (String arg : args) {
			if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (arg.startsWith("--format=")) {
				formatId = arg.substring("--format=".length());
			}
			else if (arg.startsWith("--as=")) {
				as = arg.substring("--as=".length());
			}
			else if (!arg.startsWith("--")) {
				positional.add(arg);
			}
		}
		if (positional.size() != 3 || !positional.get(0).equals("import") || !positional.get(1).equals("groups")) {
			out.println(messages.getMessage("groupImport.cli.usage", null, locale));
			return USAGE;
		}
		ImportFormat format = null;
		if (formatId != null && !formatId.isBlank()) {
			format = ImportFormat.fromId(formatId).orElse(null);
			if (format == null) {
				out.println(messages.getMessage("groupImport.cli.format", new Object[] { formatId }, locale));
				return USAGE;
			}
		}
		Path file = Path.of(positional.get(2));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			out.println(messages.getMessage("groupImport.cli.noFile", new Object[] { file }, locale));
			return USAGE;
		}
		Optional<AccountView> owner = owner(as);
		if (owner.isEmpty()) {
			out.println(messages.getMessage("groupImport.cli.owner", null, locale));
			return USAGE;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
			SecurityContextHolder.getContext().setAuthentication(authentication(owner.get()));
			GroupImportReport report = imports.importFile(file, file.getFileName().toString(), format, dryRun,
					owner.get().id());
			text.lines(report, locale).forEach(out::println);
			if ("import.file.failed".equals(report.fileProblem())) {
				return FAILED;
			}
			return report.succeeded() ? APPLIED : REFUSED;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private Optional<AccountView> owner(@Nullable String as) {
		String email = as != null && !as.isBlank() ? as : bootstrapAdmin;
		if (!email.isBlank()) {
			return accounts.findByEmail(email).filter(account -> account.roles().stream().anyMatch(IMPORTERS::contains));
		}
		var administrators = accounts.search(null, Role.ADMIN, 0, 2);
		return administrators.getTotalElements() == 1 ? Optional.of(administrators.getContent().getFirst())
				: Optional.empty();
	}

	/** The audit log names the importing account, as it does for a person on the upload page. */
	private UsernamePasswordAuthenticationToken authentication(AccountView account) {
		String municipality = municipalities.current().code();
		SignedInPerson person = new SignedInPerson() {
			@Override
			public long accountId() {
				return account.id();
			}

			@Override
			public String email() {
				return account.email();
			}

			@Override
			public String displayName() {
				return account.displayName();
			}

			@Override
			public String municipalityCode() {
				return municipality;
			}
		};
		return UsernamePasswordAuthenticationToken.authenticated(person, null,
				account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}
}
