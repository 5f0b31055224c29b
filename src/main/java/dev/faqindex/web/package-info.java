/**
 * The website in front of the search API: the search page and its assets, server-rendered article pages, the
 * embeddable widget script, the CORS allow-list and the security headers of every page.
 */
package dev.faqindex.web;
