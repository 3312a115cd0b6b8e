package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Attachment struct {
	Name string
	Size int
}

// Message is immutable once built.
type Message struct {
	from        string
	to, cc      []string
	subject     string
	body        string
	headers     map[string]string
	attachments []Attachment
}

type MessageBuilder struct {
	msg  Message
	errs []error
}

func NewMessage() *MessageBuilder {
	return &MessageBuilder{msg: Message{headers: map[string]string{}}}
}

func validAddr(a string) bool {
	at := strings.IndexByte(a, '@')
	return at > 0 && at < len(a)-1 && !strings.ContainsAny(a, " ,")
}

func (b *MessageBuilder) From(addr string) *MessageBuilder {
	if !validAddr(addr) {
		b.errs = append(b.errs, fmt.Errorf("from: invalid address %q", addr))
	}
	b.msg.from = addr
	return b
}

func (b *MessageBuilder) addRecipients(field string, dst *[]string, addrs []string) {
	for _, a := range addrs {
		if !validAddr(a) {
			b.errs = append(b.errs, fmt.Errorf("%s: invalid address %q", field, a))
			continue
		}
		*dst = append(*dst, a)
	}
}

func (b *MessageBuilder) To(addrs ...string) *MessageBuilder {
	b.addRecipients("to", &b.msg.to, addrs)
	return b
}

func (b *MessageBuilder) CC(addrs ...string) *MessageBuilder {
	b.addRecipients("cc", &b.msg.cc, addrs)
	return b
}

func (b *MessageBuilder) Subject(s string) *MessageBuilder { b.msg.subject = s; return b }

func (b *MessageBuilder) Bodyf(format string, args ...any) *MessageBuilder {
	b.msg.body = fmt.Sprintf(format, args...)
	return b
}

func (b *MessageBuilder) Header(k, v string) *MessageBuilder {
	b.msg.headers[k] = v
	return b
}

func (b *MessageBuilder) Attach(name string, size int) *MessageBuilder {
	b.msg.attachments = append(b.msg.attachments, Attachment{name, size})
	return b
}

const maxAttachmentBytes = 10 << 20

func (b *MessageBuilder) Build() (Message, error) {
	errs := append([]error(nil), b.errs...)
	if b.msg.from == "" {
		errs = append(errs, errors.New("missing sender"))
	}
	if len(b.msg.to) == 0 {
		errs = append(errs, errors.New("at least one recipient required"))
	}
	if b.msg.subject == "" {
		errs = append(errs, errors.New("empty subject"))
	}
	total := 0
	for _, a := range b.msg.attachments {
		total += a.Size
	}
	if total > maxAttachmentBytes {
		errs = append(errs, fmt.Errorf("attachments total %d bytes exceeds %d", total, maxAttachmentBytes))
	}
	if len(errs) > 0 {
		return Message{}, errors.Join(errs...)
	}
	m := b.msg
	m.headers = make(map[string]string, len(b.msg.headers))
	for k, v := range b.msg.headers {
		m.headers[k] = v
	}
	return m, nil
}

func (m Message) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "From: %s\n", m.from)
	fmt.Fprintf(&sb, "To: %s\n", strings.Join(m.to, ", "))
	if len(m.cc) > 0 {
		fmt.Fprintf(&sb, "Cc: %s\n", strings.Join(m.cc, ", "))
	}
	fmt.Fprintf(&sb, "Subject: %s\n", m.subject)
	keys := make([]string, 0, len(m.headers))
	for k := range m.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s: %s\n", k, m.headers[k])
	}
	for _, a := range m.attachments {
		fmt.Fprintf(&sb, "[attachment %s, %d KiB]\n", a.Name, a.Size>>10)
	}
	sb.WriteString("\n" + m.body)
	return sb.String()
}

// Director: canned recipes built on the builder.
func PasswordReset(user, token string) *MessageBuilder {
	return NewMessage().
		From("no-reply@example.com").
		To(user).
		Subject("Reset your password").
		Header("X-Priority", "1").
		Bodyf("Use this code within 15 minutes: %s", token)
}

func main() {
	msgs := []*MessageBuilder{
		NewMessage().
			From("alice@example.com").
			To("bob@example.com", "carol@example.com").
			CC("team@example.com").
			Subject("Quarterly report").
			Header("X-Mailer", "gomail/1.0").
			Header("Reply-To", "reports@example.com").
			Attach("q3.pdf", 245760).
			Attach("data.csv", 8192).
			Bodyf("Hi both,\nnumbers are up %d%% this quarter.", 12),
		PasswordReset("dave@example.com", "739-184"),
		PasswordReset("dave@example.com", "000-000").Header("X-Priority", "5").CC("audit@example.com"),
		NewMessage().From("bad address").To("x@", "ok@example.com", "@nope").Attach("huge.iso", 700<<20),
		NewMessage().Subject("orphan"),
	}
	for i, b := range msgs {
		m, err := b.Build()
		fmt.Printf("----- message %d -----\n", i+1)
		if err != nil {
			for _, e := range strings.Split(err.Error(), "\n") {
				fmt.Println("! " + e)
			}
			continue
		}
		fmt.Println(m)
	}
}
