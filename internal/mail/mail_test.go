package mail

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// testRenderer renders like the server does.
var testRenderer = Renderer{FrontendURL: "https://app.example.com/", Product: "Roster"}

var allTemplates = []string{Invitation, Confirmation, EmailChange, AliasConfirmation, PasswordReset}

func TestRenderEveryTemplate(t *testing.T) {
	for _, name := range allTemplates {
		t.Run(name, func(t *testing.T) {
			m, err := testRenderer.Render(name, "ada@example.com", Data{Name: "Ada", Token: "tok/en+1", Address: "ada@example.org", Expires: time.Date(2030, 1, 2, 3, 4, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			link := "https://app.example.com" + linkPaths[name] + "?token=" + url.QueryEscape("tok/en+1")
			if m.Template != name || m.To != "ada@example.com" || m.Subject == "" || strings.Contains(m.Subject, "\n") {
				t.Fatalf("message %+v", m)
			}
			if !strings.Contains(m.Text, "\n"+link+"\n") || !strings.Contains(m.Text, "Hello Ada") || !strings.Contains(m.Text, "2 January 2030, 03:04 UTC") {
				t.Errorf("text lacks the link, the greeting or the expiry:\n%s", m.Text)
			}
			if !strings.Contains(m.HTML, `href="`+link+`"`) {
				t.Errorf("html lacks the link %s:\n%s", link, m.HTML)
			}
			if (name == EmailChange || name == AliasConfirmation) && !strings.Contains(m.Text, "ada@example.org") {
				t.Errorf("text lacks the address:\n%s", m.Text)
			}
		})
	}
	if _, err := testRenderer.Render("nope", "a@example.com", Data{}); err == nil {
		t.Fatal("unknown template rendered")
	}
}

func TestRenderNotification(t *testing.T) {
	m, err := testRenderer.Render(PasswordChanged, "ada@example.org", Data{Name: "Ada", At: time.Date(2030, 5, 6, 7, 8, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Your password was changed" || !strings.Contains(m.Text, "Hello Ada") || !strings.Contains(m.Text, "6 May 2030, 07:08 UTC") ||
		strings.Contains(m.Text, "token=") || strings.Contains(m.HTML, "href=") || !strings.Contains(m.HTML, "6 May 2030, 07:08 UTC") {
		t.Fatalf("notification:\n%s\n%s", m.Text, m.HTML)
	}
}

func TestRenderOIDCLinked(t *testing.T) {
	m, err := testRenderer.Render(OIDCLinked, "ada@example.org", Data{Name: "Ada", Provider: "corp", Address: "ada@corp.example",
		At: time.Date(2030, 5, 6, 7, 8, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Hello Ada", `"corp"`, "ada@corp.example", "6 May 2030, 07:08 UTC", "Roster account"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	if m.Subject != "A sign-in provider was linked to your account" || strings.Contains(m.HTML, "href=") || !strings.Contains(m.HTML, "ada@corp.example") {
		t.Fatalf("notification:\n%s\n%s", m.Subject, m.HTML)
	}
	// Without the provider's address, the sentence still reads.
	m, err = testRenderer.Render(OIDCLinked, "ada@example.org", Data{Provider: "corp", At: time.Now()})
	if err != nil || strings.Contains(m.Text, "(account") || !strings.Contains(m.Text, "Hello,") {
		t.Fatalf("without address: %v\n%s", err, m.Text)
	}
}

func TestRenderEscapesHTML(t *testing.T) {
	m, err := testRenderer.Render(Invitation, "a@example.com", Data{Name: `<script>alert(1)</script>`, Token: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.HTML, "<script>") {
		t.Fatalf("name not escaped in HTML:\n%s", m.HTML)
	}
}
