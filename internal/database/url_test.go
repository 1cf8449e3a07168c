package database_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rosterhq/roster/internal/database"
)

func TestPaths(t *testing.T) {
	for _, name := range []string{"a b.db", "a#b.db", "a%20b.db", "a%zz.db", "a?b.db"} {
		dir := t.TempDir()
		p := filepath.Join(dir, name)
		tg, _ := database.ParseURL("sqlite:/x")
		tg.Path = p
		_, q, _ := strings.Cut(tg.DSN, "?")
		tg.DSN = "file:" + (&url.URL{Path: p}).EscapedPath() + "?" + q
		c, err := database.Open(context.Background(), tg)
		if err != nil { t.Log(name, "open", err); continue }
		err = database.Migrate(context.Background(), c, tg)
		c.Close()
		ents, _ := os.ReadDir(dir)
		var names []string
		for _, e := range ents { names = append(names, e.Name()) }
		t.Log(name, tg.DSN[:60], err, names)
	}
}
