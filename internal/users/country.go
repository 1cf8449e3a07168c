package users

import "golang.org/x/text/language"

// IsCountryCode reports whether code is an assigned ISO 3166-1 alpha-2
// country code in upper case, such as DE. The region data comes from
// golang.org/x/text (CLDR), not a hand-kept list.
func IsCountryCode(code string) bool {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && r.String() == code
}
