/**
 * Realistic synthetic customer feedback for demos, tests and benchmarks.
 *
 * <p>{@link io.verbatim.samples.SampleGenerator} writes comments for a fictional airline,
 * Northwind Air (flights, a website, a mobile app, a call centre, airport service desks, lounges
 * and a loyalty programme), as CSV or JSON Lines with the columns
 * {@code id,created_at,channel,product,region,score,text}. The texts are composed from phrase
 * banks, one per topic (lost baggage, app crashes, refunds, legroom, ...), each topic owned by a
 * back-end function; praise, complaints, mixed and neutral remarks and explicit suggestions come
 * in many surface forms, scores follow the tone of the text, and a few topics carry a trend over
 * time so trend detection has something to find.
 *
 * <p>Output is a pure function of the seed, the date window and the requested count; every row
 * is generated independently from its index, so any size streams in constant memory.
 */
package io.verbatim.samples;
