package users

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/nyaruka/phonenumbers"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/ent/attributedefinition"
	"github.com/rosterhq/roster/ent/user"
	"github.com/rosterhq/roster/internal/problem"
)

// ProfileInput carries the editable profile fields of createUser,
// updateUser and updateMe. A field left out is unchanged; a field sent as
// null is cleared.
type ProfileInput struct {
	Salutation       graphql.Omittable[*user.Salutation] `json:"salutation"`
	FirstName        graphql.Omittable[*string]          `json:"firstName"`
	LastName         graphql.Omittable[*string]          `json:"lastName"`
	Phone            graphql.Omittable[*string]          `json:"phone"`
	Birthday         graphql.Omittable[*time.Time]       `json:"birthday"`
	Company          graphql.Omittable[*string]          `json:"company"`
	Street           graphql.Omittable[*string]          `json:"street"`
	AddressAddition  graphql.Omittable[*string]          `json:"addressAddition"`
	City             graphql.Omittable[*string]          `json:"city"`
	Zip              graphql.Omittable[*string]          `json:"zip"`
	Country          graphql.Omittable[*string]          `json:"country"`
	CustomAttributes graphql.Omittable[map[string]any]   `json:"customAttributes"`
}

// ProfileFields are the fields of ProfileInput, by their schema names;
// an admin can block any of them from self-editing.
var ProfileFields = []string{
	user.FieldSalutation, user.FieldFirstName, user.FieldLastName, user.FieldPhone, user.FieldBirthday,
	user.FieldCompany, user.FieldStreet, user.FieldAddressAddition, user.FieldCity, user.FieldZip,
	user.FieldCountry, user.FieldCustomAttributes,
}

// apiName maps a schema field name to the name clients send.
var apiName = map[string]string{
	user.FieldSalutation: "salutation", user.FieldFirstName: "firstName", user.FieldLastName: "lastName",
	user.FieldPhone: "phone", user.FieldBirthday: "birthday", user.FieldCompany: "company",
	user.FieldStreet: "street", user.FieldAddressAddition: "addressAddition", user.FieldCity: "city",
	user.FieldZip: "zip", user.FieldCountry: "country", user.FieldCustomAttributes: "customAttributes",
}

// Set returns the schema names of the fields the input sets or clears.
func (p *ProfileInput) Set() []string {
	if p == nil {
		return nil
	}
	var out []string
	add := func(name string, set bool) {
		if set {
			out = append(out, name)
		}
	}
	add(user.FieldSalutation, p.Salutation.IsSet())
	add(user.FieldFirstName, p.FirstName.IsSet())
	add(user.FieldLastName, p.LastName.IsSet())
	add(user.FieldPhone, p.Phone.IsSet())
	add(user.FieldBirthday, p.Birthday.IsSet())
	add(user.FieldCompany, p.Company.IsSet())
	add(user.FieldStreet, p.Street.IsSet())
	add(user.FieldAddressAddition, p.AddressAddition.IsSet())
	add(user.FieldCity, p.City.IsSet())
	add(user.FieldZip, p.Zip.IsSet())
	add(user.FieldCountry, p.Country.IsSet())
	add(user.FieldCustomAttributes, p.CustomAttributes.IsSet())
	return out
}

var zipPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 -]{1,18}[A-Za-z0-9]$`)

// profileMutation is what ent's user create and update builders share.
type profileMutation interface {
	SetField(string, ent.Value) error
	ClearField(string) error
}

// normalizedProfile is a validated profile ready to apply.
type normalizedProfile struct {
	set   map[string]any // field → value
	clear []string
}

// validateProfile checks every set field and returns the values to
// store: text trimmed, phone numbers in E.164, countries upper case.
// current is the user's country (for reading national phone numbers)
// when the input does not set one; defs are the attribute definitions.
func validateProfile(p *ProfileInput, prefix string, currentCountry string, defs []*ent.AttributeDefinition, now time.Time) (normalizedProfile, error) {
	out := normalizedProfile{set: map[string]any{}}
	if p == nil {
		return out, nil
	}
	field := func(name string) string { return prefix + apiName[name] }
	text := func(name string, o graphql.Omittable[*string], max int) error {
		v, set := o.ValueOK()
		if !set {
			return nil
		}
		if v == nil || strings.TrimSpace(*v) == "" {
			out.clear = append(out.clear, name)
			return nil
		}
		s := strings.TrimSpace(*v)
		if utf8.RuneCountInString(s) > max {
			return problem.Invalid(field(name), "TOO_LONG", fmt.Sprintf("at most %d characters", max))
		}
		if strings.ContainsAny(s, "\x00\r\n\t") {
			return problem.Invalid(field(name), "INVALID_CHARACTERS", "control characters are not allowed")
		}
		out.set[name] = s
		return nil
	}
	for _, t := range []struct {
		name string
		o    graphql.Omittable[*string]
		max  int
	}{
		{user.FieldFirstName, p.FirstName, 100}, {user.FieldLastName, p.LastName, 100},
		{user.FieldCompany, p.Company, 200}, {user.FieldStreet, p.Street, 200},
		{user.FieldAddressAddition, p.AddressAddition, 200}, {user.FieldCity, p.City, 100},
		{user.FieldZip, p.Zip, 20}, {user.FieldCountry, p.Country, 2}, {user.FieldPhone, p.Phone, 40},
	} {
		if err := text(t.name, t.o, t.max); err != nil {
			return out, err
		}
	}
	if v, ok := out.set[user.FieldZip].(string); ok && !zipPattern.MatchString(v) {
		return out, problem.Invalid(field(user.FieldZip), "INVALID_ZIP", "a ZIP code has 3 to 20 letters, digits, spaces or dashes")
	}
	country := currentCountry
	if v, ok := out.set[user.FieldCountry].(string); ok {
		v = strings.ToUpper(v)
		if !IsCountryCode(v) {
			return out, problem.Invalid(field(user.FieldCountry), "INVALID_COUNTRY", "use an ISO 3166-1 alpha-2 code such as DE")
		}
		out.set[user.FieldCountry] = v
		country = v
	} else if slices.Contains(out.clear, user.FieldCountry) {
		country = ""
	}
	if v, ok := out.set[user.FieldPhone].(string); ok {
		e164, err := NormalizePhone(v, country)
		if err != nil {
			return out, problem.Invalid(field(user.FieldPhone), "INVALID_PHONE", err.Error())
		}
		out.set[user.FieldPhone] = e164
	}
	if v, set := p.Salutation.ValueOK(); set {
		if v == nil {
			out.clear = append(out.clear, user.FieldSalutation)
		} else {
			out.set[user.FieldSalutation] = *v
		}
	}
	if v, set := p.Birthday.ValueOK(); set {
		if v == nil {
			out.clear = append(out.clear, user.FieldBirthday)
		} else {
			if err := validateBirthday(*v, now); err != nil {
				return out, problem.Invalid(field(user.FieldBirthday), "INVALID_BIRTHDAY", err.Error())
			}
			out.set[user.FieldBirthday] = v.UTC()
		}
	}
	if v, set := p.CustomAttributes.ValueOK(); set {
		attrs, err := ValidateAttributes(v, defs, prefix+"customAttributes")
		if err != nil {
			return out, err
		}
		out.set[user.FieldCustomAttributes] = attrs
	}
	return out, nil
}

// apply writes the profile onto an ent builder.
func (n normalizedProfile) apply(m profileMutation) error {
	for f, v := range n.set {
		if err := m.SetField(f, v); err != nil {
			return fmt.Errorf("users: set %s: %w", f, err)
		}
	}
	for _, f := range n.clear {
		if f == user.FieldCustomAttributes {
			continue
		}
		if err := m.ClearField(f); err != nil {
			return fmt.Errorf("users: clear %s: %w", f, err)
		}
	}
	return nil
}

// validateBirthday accepts a calendar date in the past, at most 130 years
// ago.
func validateBirthday(d, now time.Time) error {
	if d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
		return fmt.Errorf("a birthday is a date without time")
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	if !d.Before(today) {
		return fmt.Errorf("a birthday lies in the past")
	}
	if d.Before(now.AddDate(-130, 0, 0)) {
		return fmt.Errorf("a birthday lies within the last 130 years")
	}
	return nil
}

// NormalizePhone parses a phone number — international (+49 30 123456) or
// national for the given ISO country — and returns it in E.164.
func NormalizePhone(s, country string) (string, error) {
	region := strings.ToUpper(country)
	if region == "" {
		region = "ZZ"
	}
	num, err := phonenumbers.Parse(s, region)
	if err != nil {
		if region == "ZZ" {
			return "", fmt.Errorf("start the number with + and the country code, e.g. +49 30 123456")
		}
		return "", fmt.Errorf("not a phone number")
	}
	if !phonenumbers.IsValidNumber(num) {
		return "", fmt.Errorf("not a valid phone number for its country")
	}
	return phonenumbers.Format(num, phonenumbers.E164), nil
}

// Attribute value types.
const (
	attrString  = attributedefinition.TypeSTRING
	attrNumber  = attributedefinition.TypeNUMBER
	attrBoolean = attributedefinition.TypeBOOLEAN
	attrDate    = attributedefinition.TypeDATE
	attrEnum    = attributedefinition.TypeENUM
)

// ValidateAttributes checks custom attribute values against their
// definitions: every key defined, values of the right type, enum values
// allowed, required ones present, strings at most 1000 characters.
func ValidateAttributes(values map[string]any, defs []*ent.AttributeDefinition, field string) (map[string]any, error) {
	byKey := map[string]*ent.AttributeDefinition{}
	for _, d := range defs {
		byKey[d.Key] = d
	}
	out := map[string]any{}
	for k, v := range values {
		d, ok := byKey[k]
		if !ok {
			return nil, problem.Invalid(field+"."+k, "UNKNOWN_ATTRIBUTE", "no attribute is defined with this key")
		}
		if v == nil {
			continue
		}
		bad := func(msg string) error { return problem.Invalid(field+"."+k, "INVALID_ATTRIBUTE", msg) }
		switch d.Type {
		case attrString:
			s, ok := v.(string)
			if !ok || utf8.RuneCountInString(s) > 1000 {
				return nil, bad("a text of at most 1000 characters")
			}
		case attrNumber:
			switch n := v.(type) {
			case float64, int, int64:
			case interface{ Float64() (float64, error) }:
				f, err := n.Float64()
				if err != nil {
					return nil, bad("a number")
				}
				v = f
			default:
				return nil, bad("a number")
			}
		case attrBoolean:
			if _, ok := v.(bool); !ok {
				return nil, bad("true or false")
			}
		case attrDate:
			s, ok := v.(string)
			if _, err := time.Parse("2006-01-02", s); !ok || err != nil {
				return nil, bad("a date YYYY-MM-DD")
			}
		case attrEnum:
			s, ok := v.(string)
			if !ok || !slices.Contains(d.AllowedValues, s) {
				return nil, bad("one of " + strings.Join(d.AllowedValues, ", "))
			}
		}
		out[k] = v
	}
	for _, d := range defs {
		if _, ok := out[d.Key]; d.Required && !ok {
			return nil, problem.Invalid(field+"."+d.Key, "REQUIRED", "this attribute is required")
		}
	}
	return out, nil
}
