package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** A place's public page: {@code /places/{id}}. */
final class PlacePage extends TomoniPage {

	PlacePage(Tab tab) {
		super(tab, "/places", "page-place");
	}

	Locator address() {
		return page.locator("#place-address");
	}

	Locator mapLink() {
		return page.locator("#place-map");
	}

	Locator jsonLd() {
		return page.locator("script[type='application/ld+json']");
	}
}
