package graphqlhttp

import (
	"mime"
	"strconv"
	"strings"
)

// supportedMediaTypes lists the response media types in the order that
// breaks ties the Accept header leaves open: application/json first, so
// that a client that accepts both only through one wildcard range (*/* or
// application/*), as legacy clients do, gets application/json, as the
// GraphQL-over-HTTP specification asks.
var supportedMediaTypes = [...]string{MediaTypeJSON, MediaTypeGraphQLResponseJSON}

// mediaRange is one element of an Accept header.
type mediaRange struct {
	typ, subtype string
	charset      string // "" when the element has no charset parameter
	q            float64
	index        int // position in the header, for "listed first" ties
}

// matches reports whether r covers mediaType, and how specifically: 0 for
// */*, 1 for type/*, 2 for type/subtype and 3 for type/subtype;charset=utf-8.
// A range whose charset is not UTF-8 matches nothing, because every response
// is UTF-8.
func (r mediaRange) matches(mediaType string) (specificity int, ok bool) {
	if r.charset != "" && !strings.EqualFold(r.charset, "utf-8") {
		return 0, false
	}
	typ, subtype, _ := strings.Cut(mediaType, "/")
	switch {
	case r.typ == "*" && r.subtype == "*":
		return 0, true
	case r.typ == typ && r.subtype == "*":
		return 1, true
	case r.typ == typ && r.subtype == subtype:
		if r.charset != "" {
			return 3, true
		}
		return 2, true
	}
	return 0, false
}

// negotiate picks the response media type for the given Accept header
// values, following RFC 9110 section 12.5.1. Each supported type takes the
// q-value of the most specific range that covers it; the type with the
// highest non-zero q-value wins; a tie goes to the type whose range comes
// first in the header, and when one range covers both (a wildcard), to
// application/json. No Accept header at all means application/json, the
// answer the specification gives legacy clients. ok is false when the
// header accepts neither supported type, including when none of its
// elements parses.
func negotiate(accept []string) (mediaType string, ok bool) {
	header := strings.TrimSpace(strings.Join(accept, ","))
	if header == "" {
		return MediaTypeJSON, true
	}
	ranges := parseAccept(header)

	bestQ, bestIndex := 0.0, 0
	for _, candidate := range supportedMediaTypes {
		var (
			match       *mediaRange
			specificity = -1
		)
		for i := range ranges {
			s, ok := ranges[i].matches(candidate)
			if ok && s > specificity {
				match, specificity = &ranges[i], s
			}
		}
		if match == nil || match.q == 0 {
			continue
		}
		if match.q > bestQ || (match.q == bestQ && match.index < bestIndex) {
			mediaType, bestQ, bestIndex = candidate, match.q, match.index
		}
	}
	return mediaType, mediaType != ""
}

// parseAccept splits an Accept header into media ranges, skipping elements
// that do not parse or carry an invalid q-value. Types and parameter names
// are compared case-insensitively, as RFC 9110 requires.
func parseAccept(header string) []mediaRange {
	var ranges []mediaRange
	for element := range strings.SplitSeq(header, ",") {
		element = strings.TrimSpace(element)
		if element == "" {
			continue
		}
		full, params, err := mime.ParseMediaType(element)
		if err != nil {
			continue
		}
		typ, subtype, found := strings.Cut(full, "/")
		if !found || typ == "" || subtype == "" || (typ == "*" && subtype != "*") {
			continue
		}
		r := mediaRange{typ: typ, subtype: subtype, charset: params["charset"], q: 1, index: len(ranges)}
		if v, ok := params["q"]; ok {
			q, ok := parseQValue(v)
			if !ok {
				continue
			}
			r.q = q
		}
		ranges = append(ranges, r)
	}
	return ranges
}

// parseQValue parses a weight as RFC 9110 section 12.4.2 defines it: 0 or 1
// with at most three decimals, and nothing above 1.
func parseQValue(v string) (float64, bool) {
	if len(v) == 0 || len(v) > 5 || (v[0] != '0' && v[0] != '1') {
		return 0, false
	}
	if len(v) > 1 {
		if v[1] != '.' {
			return 0, false
		}
		for _, c := range v[2:] {
			if c < '0' || c > '9' || (v[0] == '1' && c != '0') {
				return 0, false
			}
		}
	}
	q, err := strconv.ParseFloat(v, 64)
	return q, err == nil
}
