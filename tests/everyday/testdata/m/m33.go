package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Move int8

const (
	L Move = -1
	S Move = 0
	R Move = 1
)

func (m Move) String() string { return map[Move]string{L: "L", S: "S", R: "R"}[m] }

type Key struct {
	State string
	Sym   byte
}

type Action struct {
	Write byte
	Move  Move
	Next  string
}

type Machine struct {
	Name  string
	Rules map[Key]Action
	Start string
}

var (
	ErrNoRule  = errors.New("no transition")
	ErrTooLong = errors.New("step budget exhausted")
)

const Blank, Halt = '_', "HALT"

type Tape map[int]byte // sparse: missing cells are blank

func (t Tape) Read(i int) byte {
	if c, ok := t[i]; ok {
		return c
	}
	return Blank
}

func (t Tape) Render(head int) string {
	keys := slices.Sorted(maps.Keys(t))
	lo, hi := min(head, keys[0]), max(head, keys[len(keys)-1])
	var sb strings.Builder
	for i := lo; i <= hi; i++ {
		if i == head {
			fmt.Fprintf(&sb, "[%c]", t.Read(i))
		} else {
			sb.WriteByte(t.Read(i))
		}
	}
	return sb.String()
}

func (t Tape) Contents() string {
	keys := slices.Sorted(maps.Keys(t))
	var sb strings.Builder
	for i := keys[0]; i <= keys[len(keys)-1]; i++ {
		sb.WriteByte(t.Read(i))
	}
	return strings.Trim(sb.String(), "_")
}

// Rules are written compactly as "state sym -> write move next".
func Parse(name, start string, lines ...string) Machine {
	m := Machine{Name: name, Rules: map[Key]Action{}, Start: start}
	for _, l := range lines {
		var st, next string
		var sym, write byte
		var mv rune
		if _, err := fmt.Sscanf(l, "%s %c -> %c %c %s", &st, &sym, &write, &mv, &next); err != nil {
			panic(fmt.Sprintf("bad rule %q: %v", l, err))
		}
		m.Rules[Key{st, sym}] = Action{write, map[rune]Move{'L': L, 'S': S, 'R': R}[mv], next}
	}
	return m
}

func (m Machine) Run(input string, budget int, trace func(step int, state string, t Tape, head int)) (string, int, error) {
	tape, head, state := Tape{}, 0, m.Start
	for i := range len(input) {
		tape[i] = input[i]
	}
	step := 0
	for ; state != Halt; step++ {
		if trace != nil {
			trace(step, state, tape, head)
		}
		if step == budget {
			return tape.Render(head), step, ErrTooLong
		}
		act, ok := m.Rules[Key{state, tape.Read(head)}]
		if !ok {
			return tape.Render(head), step, fmt.Errorf("state %s reading %q: %w", state, tape.Read(head), ErrNoRule)
		}
		tape[head], head, state = act.Write, head+int(act.Move), act.Next
	}
	return tape.Contents(), step, nil
}

func main() {
	increment := Parse("binary+1", "right",
		"right 0 -> 0 R right", "right 1 -> 1 R right", "right _ -> _ L carry",
		"carry 1 -> 0 L carry", "carry 0 -> 1 S HALT", "carry _ -> 1 S HALT")
	adder := Parse("unary add", "scan",
		"scan 1 -> 1 R scan", "scan + -> 1 R seek", "seek 1 -> 1 R seek", "seek _ -> _ L trim", "trim 1 -> _ S HALT")
	beaver := Parse("busy beaver 3", "A",
		"A _ -> 1 R B", "A 1 -> 1 L C", "B _ -> 1 L A", "B 1 -> 1 R B", "C _ -> 1 L B", "C 1 -> 1 S HALT")
	looper := Parse("ping-pong", "go", "go _ -> _ R back", "back _ -> _ L go")

	fmt.Println("busy beaver trace:")
	out, _, _ := beaver.Run("", 100, func(step int, state string, t Tape, head int) {
		if len(t) == 0 {
			t = Tape{0: Blank}
		}
		fmt.Printf("  %2d %-2s %s\n", step, state, t.Render(head))
	})
	fmt.Printf("  result %s (%d ones)\n", out, strings.Count(out, "1"))
	runs := []struct {
		m     Machine
		input string
	}{{increment, "1011"}, {increment, "111"}, {increment, "0"}, {adder, "111+11"}, {increment, "12"}, {looper, ""}}
	for _, r := range runs {
		out, n, err := r.m.Run(r.input, 50, nil)
		switch {
		case errors.Is(err, ErrTooLong):
			fmt.Printf("%-10s %-8q -> gave up after %d steps at %s\n", r.m.Name, r.input, n, out)
		case err != nil:
			fmt.Printf("%-10s %-8q -> stuck: %v (tape %s)\n", r.m.Name, r.input, err, out)
		default:
			fmt.Printf("%-10s %-8q -> %s in %d steps\n", r.m.Name, r.input, out, n)
		}
	}
}
