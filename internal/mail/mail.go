// Package mail renders Roster's messages and puts them in the outbox.
//
// A message is rendered from a template (plain text, and HTML derived
// from the same text) and written as an OutgoingMail row through the
// transaction of the change that caused it: if the change fails, no mail
// goes out; if it commits, the mail will. A Worker delivers pending rows
// after commit through a Transport: the log (the embedded default, so a
// newcomer can follow the links) or SMTP.
package mail

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"maps"
	"net/url"
	"strings"
	"text/template"
	"time"

	"github.com/rosterhq/roster/ent"
	"github.com/rosterhq/roster/internal/budget"
	"github.com/rosterhq/roster/internal/pulid"
	"github.com/rosterhq/roster/internal/viewer"
)

//go:embed templates
var files embed.FS

// Template names.
const (
	Invitation        = "invitation"
	Confirmation      = "confirmation"
	EmailChange       = "email_change"
	AliasConfirmation = "alias_confirmation"
	PasswordReset     = "password_reset"
	// PasswordChanged tells every address of an account that its
	// password changed; it has no link.
	PasswordChanged = "password_changed"
	// OIDCLinked tells every address of an account that an OpenID
	// Connect identity (Data.Provider, Data.Address) was linked to it;
	// it has no link.
	OIDCLinked = "oidc_linked"
	// AdminMessage is a message an administrator wrote to a user
	// (Data.Subject, Data.Body); it has no link.
	AdminMessage = "message"
	// SignUpAttempt tells the owner of an address that someone tried to
	// sign up with it (Data.Address); it has no link.
	SignUpAttempt = "signup_attempt"
	// AliasAttempt tells the owner of an address that someone tried to add
	// it to another account (Data.Address); it has no link.
	AliasAttempt = "alias_attempt"
)

// templateNames are every message Roster sends.
var templateNames = []string{Invitation, Confirmation, EmailChange, AliasConfirmation, PasswordReset, PasswordChanged, OIDCLinked, AdminMessage, SignUpAttempt, AliasAttempt}

// linkPaths are the frontend pages the links point to; the token is
// appended as ?token=. A message without an entry has no link.
var linkPaths = map[string]string{
	Invitation:        "/accept-invitation",
	Confirmation:      "/confirm-email",
	EmailChange:       "/confirm-email-change",
	AliasConfirmation: "/confirm-alias",
	PasswordReset:     "/reset-password",
}

// LinkPaths returns the frontend path each link-bearing message points
// to, by template name.
func LinkPaths() map[string]string { return maps.Clone(linkPaths) }

var actions = map[string]string{
	Invitation: "Accept the invitation", Confirmation: "Confirm my address", EmailChange: "Confirm the new address",
	AliasConfirmation: "Confirm the address", PasswordReset: "Choose a new password",
}

var (
	// textTemplates holds one template set per message, since every file
	// defines the same blocks (subject, text).
	textTemplates = func() map[string]*template.Template {
		m := map[string]*template.Template{}
		for _, name := range templateNames {
			m[name] = template.Must(template.ParseFS(files, "templates/"+name+".txt"))
		}
		return m
	}()
	layout = htmltemplate.Must(htmltemplate.ParseFS(files, "templates/layout.html"))
)

// Renderer turns a template and data into a message.
type Renderer struct {
	// FrontendURL is where the links point, e.g. https://app.example.com.
	FrontendURL string
	// Product is the name shown in messages.
	Product string
}

// Message is a rendered mail.
type Message struct {
	Template, To, Subject, Text, HTML string
}

// Data fills a template.
type Data struct {
	// Name greets the recipient; may be empty.
	Name string
	// Token goes into the link.
	Token string
	// Address is the address a change is about (new email, alias).
	Address string
	// Expires is when the link stops working.
	Expires time.Time
	// At is when the change a notification reports happened.
	At time.Time
	// Provider names the sign-in provider a notification is about.
	Provider string
	// Subject and Body are an administrator's message (AdminMessage).
	Subject, Body string
}

// Render renders template name for to.
func (r Renderer) Render(name, to string, d Data) (Message, error) {
	if _, ok := textTemplates[name]; !ok {
		return Message{}, fmt.Errorf("mail: unknown template %q", name)
	}
	link := ""
	if path, ok := linkPaths[name]; ok {
		link = strings.TrimRight(r.FrontendURL, "/") + path + "?token=" + url.QueryEscape(d.Token)
	}
	vars := map[string]any{"Product": r.product(), "Name": d.Name, "Link": link, "Address": d.Address, "Provider": d.Provider,
		"Expires": d.Expires.UTC().Format("2 January 2006, 15:04 UTC"), "At": d.At.UTC().Format("2 January 2006, 15:04 UTC"),
		"Subject": d.Subject, "Body": d.Body}
	subject, err := execute(name, "subject", vars)
	if err != nil {
		return Message{}, err
	}
	text, err := execute(name, "text", vars)
	if err != nil {
		return Message{}, err
	}
	var paragraphs []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if link == "" || strings.TrimSpace(p) != link {
			paragraphs = append(paragraphs, strings.TrimSpace(p))
		}
	}
	var html bytes.Buffer
	if err := layout.Execute(&html, map[string]any{"Subject": subject, "Paragraphs": paragraphs, "Link": link, "Action": actions[name]}); err != nil {
		return Message{}, fmt.Errorf("mail: render html of %s: %w", name, err)
	}
	return Message{Template: name, To: to, Subject: subject, Text: strings.TrimSpace(text) + "\n", HTML: html.String()}, nil
}

func (r Renderer) product() string {
	if r.Product == "" {
		return "Roster"
	}
	return r.Product
}

func execute(name, block string, vars map[string]any) (string, error) {
	var b bytes.Buffer
	t, ok := textTemplates[name]
	if !ok {
		return "", fmt.Errorf("mail: no template %s", name)
	}
	if err := t.ExecuteTemplate(&b, block, vars); err != nil {
		return "", fmt.Errorf("mail: render %s %s: %w", name, block, err)
	}
	return strings.TrimSpace(b.String()), nil
}

// Enqueue writes the message to the outbox through client — pass the
// change's transaction client so that mail and change commit together.
func Enqueue(ctx context.Context, client *ent.Client, m Message, userID pulid.ID) error {
	if err := budget.Spend(ctx, budget.Mail); err != nil {
		return fmt.Errorf("mail: enqueue %s: %w", m.Template, err)
	}
	c := client.OutgoingMail.Create().SetTemplate(m.Template).SetTo(m.To).SetSubject(m.Subject).
		SetTextBody(m.Text).SetHTMLBody(m.HTML)
	if userID != "" {
		c.SetUserID(userID)
	}
	if err := c.Exec(viewer.SystemContext(ctx)); err != nil {
		return fmt.Errorf("mail: enqueue %s: %w", m.Template, err)
	}
	return nil
}
