// Event-sourced issue tracker: events are appended to a log, state is a
// projection, and snapshots (deep copies via maps.Clone/slices.Clone) speed up replay.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Event interface{ isEvent() }

type Opened struct {
	ID    int
	Title string
}
type Assigned struct {
	ID int
	To string
}
type Labeled struct {
	ID    int
	Label string
}
type Closed struct{ ID int }
type Reopened struct{ ID int }

func (Opened) isEvent()   {}
func (Assigned) isEvent() {}
func (Labeled) isEvent()  {}
func (Closed) isEvent()   {}
func (Reopened) isEvent() {}

type Issue struct {
	Title    string
	Assignee string
	Labels   []string
	Open     bool
	Reopens  int
}

type State struct {
	Version int
	Issues  map[int]Issue
}

func NewState() State { return State{Issues: map[int]Issue{}} }

// Clone deep-copies the state so snapshots are not affected by later events.
func (s State) Clone() State {
	c := State{Version: s.Version, Issues: maps.Clone(s.Issues)}
	for id, is := range c.Issues {
		is.Labels = slices.Clone(is.Labels)
		c.Issues[id] = is
	}
	return c
}

func (s *State) Apply(e Event) error {
	id := 0
	switch e := e.(type) {
	case Opened:
		if _, exists := s.Issues[e.ID]; exists {
			return fmt.Errorf("issue %d already exists", e.ID)
		}
		s.Issues[e.ID] = Issue{Title: e.Title, Open: true}
		s.Version++
		return nil
	case Assigned:
		id = e.ID
	case Labeled:
		id = e.ID
	case Closed:
		id = e.ID
	case Reopened:
		id = e.ID
	}
	is, ok := s.Issues[id]
	if !ok {
		return fmt.Errorf("%T: no issue %d", e, id)
	}
	switch e := e.(type) {
	case Assigned:
		is.Assignee = e.To
	case Labeled:
		if !slices.Contains(is.Labels, e.Label) {
			is.Labels = append(is.Labels, e.Label)
			slices.Sort(is.Labels)
		}
	case Closed:
		is.Open = false
	case Reopened:
		is.Open = true
		is.Reopens++
	}
	s.Issues[id] = is
	s.Version++
	return nil
}

func Replay(from State, events []Event) State {
	s := from.Clone()
	for _, e := range events {
		_ = s.Apply(e) // the log only contains accepted events
	}
	return s
}

func equalIssue(a, b Issue) bool {
	return a.Title == b.Title && a.Assignee == b.Assignee && a.Open == b.Open &&
		a.Reopens == b.Reopens && slices.Equal(a.Labels, b.Labels)
}

func describe(s State) {
	for _, id := range slices.Sorted(maps.Keys(s.Issues)) {
		is := s.Issues[id]
		status := "open"
		if !is.Open {
			status = "closed"
		}
		fmt.Printf("  #%d %-24q %-6s assignee=%-5s labels=[%s] reopens=%d\n",
			id, is.Title, status, cmp.Or(is.Assignee, "-"), strings.Join(is.Labels, ","), is.Reopens)
	}
}

func main() {
	incoming := []Event{
		Opened{1, "Login page 500s"},
		Opened{2, "Dark mode colours"},
		Labeled{1, "bug"},
		Assigned{1, "kim"},
		Opened{3, "Export to CSV"},
		Labeled{2, "ui"},
		Closed{1},
		Assigned{9, "lee"}, // rejected: no such issue
		Labeled{1, "bug"},  // duplicate label, accepted but no-op
		Reopened{1},
		Labeled{1, "regression"},
		Opened{2, "duplicate id"}, // rejected
		Assigned{3, "ana"},
		Closed{2},
		Closed{1},
		Labeled{3, "feature"},
	}

	var log []Event
	var snapshots []State
	live := NewState()
	for _, e := range incoming {
		if err := live.Apply(e); err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		log = append(log, e)
		if len(log)%5 == 0 {
			snapshots = append(snapshots, live.Clone())
		}
	}
	fmt.Printf("accepted %d of %d events, version %d, %d snapshots\n", len(log), len(incoming), live.Version, len(snapshots))
	describe(live)

	// Rebuild from the latest snapshot plus the tail of the log.
	snap := snapshots[len(snapshots)-1]
	rebuilt := Replay(snap, log[snap.Version:])
	full := Replay(NewState(), log)
	fmt.Println("snapshot at version", snap.Version, "replayed", len(log)-snap.Version, "tail events")
	fmt.Println("rebuilt == live:", maps.EqualFunc(rebuilt.Issues, live.Issues, equalIssue))
	fmt.Println("full replay == live:", maps.EqualFunc(full.Issues, live.Issues, equalIssue))

	// Time travel: the state as of each snapshot.
	for _, s := range snapshots {
		fmt.Printf("as of version %d:\n", s.Version)
		describe(s)
	}

	// Snapshots are independent of later mutations.
	first := snapshots[0]
	fmt.Println("issue 1 labels in first snapshot:", first.Issues[1].Labels, "now:", live.Issues[1].Labels)
}
