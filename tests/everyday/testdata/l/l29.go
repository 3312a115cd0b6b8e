package main

import (
	"fmt"
	"slices"
	"strings"
)

// A document approval workflow with guards and entry actions.

type State string

const (
	Draft     State = "draft"
	InReview  State = "in_review"
	Approved  State = "approved"
	Rejected  State = "rejected"
	Published State = "published"
)

type Doc struct {
	Title     string
	State     State
	Approvals []string
	Log       []string
}

type Transition struct {
	From  []State
	To    State
	Guard func(d *Doc, actor string) error
	Enter func(d *Doc, actor string)
}

type Workflow struct {
	transitions map[string]Transition
}

func (w *Workflow) Apply(d *Doc, action, actor string) error {
	t, ok := w.transitions[action]
	if !ok {
		return fmt.Errorf("unknown action %q", action)
	}
	if !slices.Contains(t.From, d.State) {
		return fmt.Errorf("%s: not allowed from %s", action, d.State)
	}
	if t.Guard != nil {
		if err := t.Guard(d, actor); err != nil {
			return fmt.Errorf("%s: %w", action, err)
		}
	}
	prev := d.State
	d.State = t.To
	if t.Enter != nil {
		t.Enter(d, actor)
	}
	d.Log = append(d.Log, fmt.Sprintf("%s:%s->%s", actor, prev, d.State))
	return nil
}

func newWorkflow(reviewers []string, quorum int) *Workflow {
	isReviewer := func(actor string) error {
		if !slices.Contains(reviewers, actor) {
			return fmt.Errorf("%s is not a reviewer", actor)
		}
		return nil
	}
	return &Workflow{transitions: map[string]Transition{
		"submit": {From: []State{Draft, Rejected}, To: InReview,
			Enter: func(d *Doc, _ string) { d.Approvals = nil }},
		"approve": {From: []State{InReview}, To: InReview,
			Guard: func(d *Doc, a string) error {
				if err := isReviewer(a); err != nil {
					return err
				}
				if slices.Contains(d.Approvals, a) {
					return fmt.Errorf("%s already approved", a)
				}
				return nil
			},
			Enter: func(d *Doc, a string) {
				d.Approvals = append(d.Approvals, a)
				if len(d.Approvals) >= quorum {
					d.State = Approved
				}
			}},
		"reject":  {From: []State{InReview}, To: Rejected, Guard: func(_ *Doc, a string) error { return isReviewer(a) }},
		"publish": {From: []State{Approved}, To: Published},
		"edit":    {From: []State{Draft, Rejected, Approved}, To: Draft},
	}}
}

func main() {
	wf := newWorkflow([]string{"rita", "sam", "tao"}, 2)
	doc := &Doc{Title: "Q3 Security Policy", State: Draft}

	steps := [][2]string{
		{"publish", "alice"}, {"submit", "alice"}, {"approve", "alice"},
		{"approve", "rita"}, {"approve", "rita"}, {"reject", "sam"},
		{"edit", "alice"}, {"submit", "alice"}, {"approve", "tao"},
		{"approve", "sam"}, {"archive", "alice"}, {"publish", "alice"},
	}
	for _, s := range steps {
		err := wf.Apply(doc, s[0], s[1])
		status := "ok"
		if err != nil {
			status = "ERR " + err.Error()
		}
		fmt.Printf("%-7s by %-5s -> %-9s approvals=%-10s %s\n", s[0], s[1], doc.State,
			strings.Join(doc.Approvals, "+"), status)
	}
	fmt.Println("audit log:")
	for i, l := range doc.Log {
		fmt.Printf("  %2d %s\n", i+1, l)
	}
}
