package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Closed State = iota
	Listen
	SynSent
	SynReceived
	Established
	FinWait1
	FinWait2
	CloseWait
	Closing
	LastAck
	TimeWait
)

var stateNames = []string{"CLOSED", "LISTEN", "SYN_SENT", "SYN_RCVD", "ESTABLISHED", "FIN_WAIT_1",
	"FIN_WAIT_2", "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"}

func (s State) String() string { return stateNames[s] }

type Event string

type key struct {
	From State
	On   Event
}

type edge struct {
	To     State
	Action string // segment sent, if any
}

var table = map[key]edge{}

func init() {
	for _, t := range []struct {
		from   State
		on     Event
		to     State
		action string
	}{
		{Closed, "passive-open", Listen, ""}, {Closed, "active-open", SynSent, "SYN"},
		{Listen, "rcv SYN", SynReceived, "SYN+ACK"}, {Listen, "close", Closed, ""},
		{SynSent, "rcv SYN+ACK", Established, "ACK"}, {SynSent, "close", Closed, ""},
		{SynReceived, "rcv ACK", Established, ""}, {SynReceived, "rcv RST", Listen, ""},
		{Established, "close", FinWait1, "FIN"}, {Established, "rcv FIN", CloseWait, "ACK"},
		{FinWait1, "rcv ACK", FinWait2, ""}, {FinWait1, "rcv FIN", Closing, "ACK"},
		{FinWait2, "rcv FIN", TimeWait, "ACK"}, {Closing, "rcv ACK", TimeWait, ""},
		{CloseWait, "close", LastAck, "FIN"}, {LastAck, "rcv ACK", Closed, ""},
		{TimeWait, "timeout 2MSL", Closed, ""},
	} {
		table[key{t.from, t.on}] = edge{t.to, t.action}
	}
}

var ErrInvalid = errors.New("invalid transition")

type TransitionError struct {
	State State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("%q not allowed in %v", e.Event, e.State)
}
func (e *TransitionError) Is(target error) bool { return target == ErrInvalid }

type Conn struct {
	Name    string
	State   State
	History []State
	OnEnter map[State]func(c *Conn)
}

func (c *Conn) Fire(ev Event) (string, error) {
	e, ok := table[key{c.State, ev}]
	if !ok {
		return "", &TransitionError{c.State, ev}
	}
	c.History = append(c.History, c.State)
	c.State = e.To
	if hook := c.OnEnter[e.To]; hook != nil {
		hook(c)
	}
	return e.Action, nil
}

func main() {
	var notes []string
	hooks := map[State]func(c *Conn){
		Established: func(c *Conn) {
			notes = append(notes, c.Name+": connection ready, "+fmt.Sprint(len(c.History))+" steps")
		},
		TimeWait: func(c *Conn) { notes = append(notes, c.Name+": starting 2MSL timer") },
	}
	client := &Conn{Name: "client", OnEnter: hooks}
	server := &Conn{Name: "server", OnEnter: hooks}
	script := []struct {
		c  *Conn
		ev Event
	}{
		{client, "rcv ACK"}, {server, "passive-open"}, {client, "active-open"}, {server, "rcv SYN"},
		{client, "rcv SYN+ACK"}, {server, "rcv ACK"}, {client, "close"}, {server, "rcv FIN"}, {client, "rcv ACK"},
		{server, "close"}, {client, "rcv FIN"}, {server, "rcv ACK"}, {client, "timeout 2MSL"}, {server, "rcv ACK"},
	}
	for i, step := range script {
		from := step.c.State
		action, err := step.c.Fire(step.ev)
		var te *TransitionError
		switch {
		case errors.As(err, &te):
			fmt.Printf("%2d %-6s %-12s ERROR %v (invalid=%t)\n", i+1, step.c.Name, step.ev, err, errors.Is(err, ErrInvalid))
		case action != "":
			fmt.Printf("%2d %-6s %-12s %v -> %v, send %s\n", i+1, step.c.Name, step.ev, from, step.c.State, action)
		default:
			fmt.Printf("%2d %-6s %-12s %v -> %v\n", i+1, step.c.Name, step.ev, from, step.c.State)
		}
	}
	for _, c := range []*Conn{client, server} {
		path := make([]string, 0, len(c.History)+1)
		for _, s := range append(c.History, c.State) {
			path = append(path, s.String())
		}
		fmt.Printf("%s path: %s\n", c.Name, strings.Join(path, " > "))
	}
	for _, n := range notes {
		fmt.Println("note:", n)
	}
	visited := map[State]bool{}
	for _, s := range append(append(client.History, server.History...), client.State, server.State) {
		visited[s] = true
	}
	var missing []string
	for s := Closed; s <= TimeWait; s++ {
		if !visited[s] {
			missing = append(missing, s.String())
		}
	}
	fmt.Printf("states never visited: %v\n", missing)
}
