package schema

import "regexp"

// attributeKeyPattern is the form of a custom attribute key.
var attributeKeyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
