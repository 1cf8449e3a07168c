package users

import "strings"

// maxSearchWords bounds the work one search can ask of the database.
const maxSearchWords = 5

// splitWords cuts a search text into at most maxSearchWords words.
func splitWords(text string) []string {
	words := strings.Fields(text)
	if len(words) > maxSearchWords {
		words = words[:maxSearchWords]
	}
	return words
}
