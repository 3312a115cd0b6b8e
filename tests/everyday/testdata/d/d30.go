package main

import (
	"fmt"
	"strings"
)

type Severity int

const (
	Low Severity = iota + 1
	Medium
	High
	Critical
)

func (s Severity) String() string {
	switch s {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	case Critical:
		return "critical"
	}
	return "?"
}

type Ticket struct {
	ID       int
	Topic    string
	Severity Severity
	VIP      bool
}

// SupportHandler is a link in the escalation chain.
type SupportHandler interface {
	SetNext(SupportHandler) SupportHandler
	Handle(t Ticket, path []string) (string, []string)
}

// link provides the forwarding behaviour shared by every handler.
type link struct {
	next SupportHandler
	name string
}

func (l *link) SetNext(n SupportHandler) SupportHandler { l.next = n; return n }

func (l *link) forward(t Ticket, path []string) (string, []string) {
	path = append(path, l.name)
	if l.next == nil {
		return "unresolved", path
	}
	return l.next.Handle(t, path)
}

type Bot struct {
	link
	faq map[string]string
}

func (b *Bot) Handle(t Ticket, path []string) (string, []string) {
	if ans, ok := b.faq[t.Topic]; ok && t.Severity == Low && !t.VIP {
		return "bot: " + ans, append(path, b.name)
	}
	return b.forward(t, path)
}

type Agent struct {
	link
	skills   []string
	capacity int
	assigned []int
}

func (a *Agent) Handle(t Ticket, path []string) (string, []string) {
	if t.Severity <= Medium && a.capacity > len(a.assigned) {
		for _, s := range a.skills {
			if s == t.Topic {
				a.assigned = append(a.assigned, t.ID)
				return fmt.Sprintf("%s resolves %s issue", a.name, t.Topic), append(path, a.name)
			}
		}
	}
	return a.forward(t, path)
}

type Engineer struct{ link }

func (e *Engineer) Handle(t Ticket, path []string) (string, []string) {
	if t.Severity <= High {
		return e.name + " opens a bug fix", append(path, e.name)
	}
	return e.forward(t, path)
}

type Incident struct {
	link
	paged int
}

func (i *Incident) Handle(t Ticket, path []string) (string, []string) {
	if t.Severity == Critical || t.VIP {
		i.paged++
		return fmt.Sprintf("incident #%d declared, on-call paged", i.paged), append(path, i.name)
	}
	return i.forward(t, path)
}

func main() {
	bot := &Bot{link{name: "bot"}, map[string]string{
		"password": "use the reset link",
		"billing":  "invoices are under Settings > Billing",
	}}
	ann := &Agent{link: link{name: "ann"}, skills: []string{"billing", "password"}, capacity: 2}
	raj := &Agent{link: link{name: "raj"}, skills: []string{"shipping", "billing"}, capacity: 1}
	eng := &Engineer{link{name: "eng"}}
	inc := &Incident{link: link{name: "incident"}}

	// Build: bot -> ann -> raj -> incident -> eng
	bot.SetNext(ann).SetNext(raj).SetNext(inc).SetNext(eng)

	tickets := []Ticket{
		{1, "password", Low, false},
		{2, "password", Low, true},
		{3, "billing", Medium, false},
		{4, "shipping", Low, false},
		{5, "billing", Medium, false},
		{6, "shipping", Medium, false},
		{7, "api", High, false},
		{8, "outage", Critical, false},
		{9, "billing", Low, false},
		{10, "billing", Medium, false},
	}
	for _, t := range tickets {
		result, path := bot.Handle(t, nil)
		vip := ""
		if t.VIP {
			vip = " VIP"
		}
		fmt.Printf("#%-2d %-8s %-8v%-4s => %-38s via %s\n", t.ID, t.Topic, t.Severity, vip, result, strings.Join(path, " > "))
	}

	fmt.Println()
	for _, a := range []*Agent{ann, raj} {
		fmt.Printf("%s handled %v (capacity %d)\n", a.name, a.assigned, a.capacity)
	}
	fmt.Println("incidents declared:", inc.paged)

	// A shorter chain without the engineer leaves high tickets unresolved.
	short := &Bot{link{name: "bot"}, nil}
	short.SetNext(&Agent{link: link{name: "temp"}, skills: []string{"api"}, capacity: 5})
	res, path := short.Handle(Ticket{11, "api", High, false}, nil)
	fmt.Printf("short chain: %s via %s\n", res, strings.Join(path, " > "))
}
