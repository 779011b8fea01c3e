package org.interfacebot.shadowing;

import java.util.List;

/**
 * Listings that lost their proposed or agreed match (declined, or its other listing removed) and
 * may be proposed to someone else. Proposed after the change that freed them has committed ({@link
 * FreedListings}), so that no transaction locks a listing while it holds a match.
 */
record ListingsFreed(List<Long> listingIds) {}
