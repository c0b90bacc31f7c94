package org.datarequest.tracker.web;

import java.time.LocalDate;

/**
 * The addresses of a request's pages (PRODUCT.md section 10), keeping the "as of" day when one is shown,
 * so that following a link never silently jumps back to today.
 */
public record Links(String slug, LocalDate asOf) {

    public String base() {
        return "/requests/" + encode(slug);
    }

    public String dashboard() {
        return base() + asOfQuery("?");
    }

    public String matrix() {
        return base() + "/matrix" + asOfQuery("?");
    }

    public String jurisdiction(String code) {
        return jurisdictionPath(code) + asOfQuery("?");
    }

    /** The jurisdiction page's address without any query, for forms that add their own. */
    public String jurisdictionPath(String code) {
        return base() + "/jurisdictions/" + code;
    }

    public String cellPath(String code, String fieldKey) {
        return base() + "/cells/" + code + "/" + encode(fieldKey);
    }

    public String cell(String code, String fieldKey) {
        return cellPath(code, fieldKey) + asOfQuery("?");
    }

    /**
     * A cell's address in two parts, for pages that link hundreds of cells: {@code cells() + code + cellTail(key)}
     * equals {@link #cell}, with the parts that do not depend on the jurisdiction built once.
     */
    public String cells() {
        return base() + "/cells/";
    }

    /** The part of a cell's address after the jurisdiction's code: {@code /ssn_last4}, then the as-of day if any. */
    public String cellTail(String fieldKey) {
        return "/" + encode(fieldKey) + asOfQuery("?");
    }

    public String changes() {
        return base() + "/changes";
    }

    /** {@code ?asOf=…} (or {@code &asOf=…} with {@code separator} "&"), empty when showing today. */
    public String asOfQuery(String separator) {
        return asOf == null ? "" : separator + "asOf=" + asOf;
    }

    /** The as-of day for a date input: {@code 2017-07-01}, or empty when showing today. */
    public String asOfValue() {
        return asOf == null ? "" : asOf.toString();
    }

    /** The same page for today: the address without the as-of day. */
    public Links today() {
        return new Links(slug, null);
    }

    /** The Atom feed of the request's changes. */
    public String changesFeed() {
        return changes() + ".atom";
    }

    /** The Atom feed of one jurisdiction's changes. */
    public String jurisdictionFeed(String code) {
        return jurisdictionPath(code) + "/changes.atom";
    }

    /** The Atom feed of one requested field's changes, in every jurisdiction. */
    public String fieldFeed(String fieldKey) {
        return base() + "/fields/" + encode(fieldKey) + "/changes.atom";
    }

    /** One change set, with its changes and the revert button. */
    public String changeSet(long id) {
        return changes() + "/sets/" + id;
    }

    /** The history page with a query (without "?"), e.g. a filter's. */
    public String changes(String query) {
        return changes() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /**
     * A CSV export ({@code wide}, {@code long} or {@code changes}) with the given filter query (without "?"),
     * keeping the as-of day, so the file holds what the page shows.
     */
    public String export(String kind, String query) {
        String filters = query == null ? "" : query;
        String asOfPart = asOf == null ? "" : "asOf=" + asOf;
        String joined = filters.isEmpty() ? asOfPart : asOfPart.isEmpty() ? filters : filters + "&" + asOfPart;
        return base() + "/export/" + kind + ".csv" + (joined.isEmpty() ? "" : "?" + joined);
    }

    public String importPage() {
        return base() + "/import";
    }

    private static String encode(String value) {
        return TemplateExtensions.urlEncode(value);
    }
}
