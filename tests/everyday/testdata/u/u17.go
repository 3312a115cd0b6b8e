package main

import (
	"fmt"
	"slices"
	"strings"
)

type Status int

const (
	StatusUnknown Status = iota
	StatusPending
	StatusRunning
	StatusSucceeded
	StatusFailed
	StatusCancelled
)

var statusNames = [...]string{"unknown", "pending", "running", "succeeded", "failed", "cancelled"}

func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

func (s Status) Terminal() bool {
	return s == StatusSucceeded || s == StatusFailed || s == StatusCancelled
}

func ParseStatus(s string) (Status, error) {
	for i, name := range statusNames {
		if strings.EqualFold(name, s) {
			return Status(i), nil
		}
	}
	return StatusUnknown, fmt.Errorf("unknown status %q", s)
}

var transitions = map[Status][]Status{
	StatusPending: {StatusRunning, StatusCancelled},
	StatusRunning: {StatusSucceeded, StatusFailed, StatusCancelled},
}

type Task struct {
	Name   string
	Status Status
}

func (t *Task) Transition(to Status) error {
	if !slices.Contains(transitions[t.Status], to) {
		return fmt.Errorf("task %s: illegal transition %s -> %s", t.Name, t.Status, to)
	}
	t.Status = to
	return nil
}

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"?", "DEBUG", "INFO", "WARN", "ERROR"}[l]
}

func main() {
	tasks := []*Task{{"build", StatusPending}, {"test", StatusPending}, {"deploy", StatusPending}}
	steps := []struct {
		task int
		to   Status
	}{{0, StatusRunning}, {0, StatusSucceeded}, {1, StatusRunning}, {1, StatusFailed}, {2, StatusSucceeded}, {2, StatusCancelled}, {0, StatusRunning}}
	for _, st := range steps {
		if err := tasks[st.task].Transition(st.to); err != nil {
			fmt.Println("error:", err)
		}
	}
	byStatus := map[Status][]string{}
	for _, t := range tasks {
		byStatus[t.Status] = append(byStatus[t.Status], t.Name)
		fmt.Printf("%-7s %-10v %d %s terminal=%t\n", t.Name, t.Status, t.Status, t.Status, t.Status.Terminal())
	}
	fmt.Println(byStatus)
	fmt.Printf("%v\n", tasks[0])
	fmt.Printf("%+v\n", *tasks[1])

	for _, in := range []string{"RUNNING", "Failed", "done"} {
		s, err := ParseStatus(in)
		fmt.Printf("parse %-8q -> %v (%d) err=%v\n", in, s, s, err)
	}
	fmt.Println(Status(42), Status(-1), StatusCancelled+0)
	fmt.Printf("%q %x %08b %T\n", StatusRunning, StatusFailed, StatusFailed, StatusFailed)

	levels := []Level{Error, Debug, Warn, Info}
	slices.Sort(levels)
	fmt.Println(levels)
	threshold := Warn
	for _, l := range levels {
		if l >= threshold {
			fmt.Printf("[%5s] would be logged (%d)\n", l, l)
		}
	}
	counts := map[Level]int{Info: 3, Error: 1, Debug: 7}
	fmt.Println(counts)
}
