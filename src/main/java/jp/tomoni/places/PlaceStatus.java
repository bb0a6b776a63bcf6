package jp.tomoni.places;

/** Whether visitors see a place: staff hide a place that closed or should not be listed, and show it again. */
public enum PlaceStatus {
	PUBLISHED, HIDDEN
}
