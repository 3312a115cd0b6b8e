package main

import (
	"errors"
	"fmt"
	"strings"
)

type OpKind uint8

const (
	Add   OpKind = iota // add Arg to current cell
	Move                // move pointer by Arg
	Out                 // write cell
	In                  // read cell
	JmpZ                // jump to Arg if cell == 0
	JmpNZ               // jump to Arg if cell != 0
	Clear               // [-] idiom: set cell to 0
)

func (k OpKind) String() string {
	return [...]string{"add", "move", "out", "in", "jz", "jnz", "clear"}[k]
}

type Op struct {
	Kind OpKind
	Arg  int
}

var ErrUnmatched, ErrStepLimit = errors.New("unmatched bracket"), errors.New("step limit exceeded")

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

// Compile folds runs of +-<> into single ops and pre-resolves jump targets.
func Compile(src string) ([]Op, error) {
	var ops []Op
	var open Stack[int]
	for i, c := range src {
		delta := map[rune]int{'+': 1, '-': -1, '>': 1, '<': -1}[c]
		switch c {
		case '+', '-', '>', '<':
			kind := map[bool]OpKind{true: Add, false: Move}[c == '+' || c == '-']
			if n := len(ops); n > 0 && ops[n-1].Kind == kind {
				ops[n-1].Arg += delta
				continue
			}
			ops = append(ops, Op{kind, delta})
		case '.', ',':
			ops = append(ops, Op{Kind: map[rune]OpKind{'.': Out, ',': In}[c]})
		case '[':
			open.Push(len(ops))
			ops = append(ops, Op{Kind: JmpZ})
		case ']':
			start, ok := open.Pop()
			if !ok {
				return nil, fmt.Errorf("']' at %d: %w", i, ErrUnmatched)
			}
			if len(ops)-start == 2 && ops[start+1] == (Op{Add, -1}) {
				ops = append(ops[:start], Op{Kind: Clear})
				continue
			}
			ops[start].Arg = len(ops)
			ops = append(ops, Op{JmpNZ, start})
		}
	}
	if len(open) > 0 {
		return nil, fmt.Errorf("%d '[' left open: %w", len(open), ErrUnmatched)
	}
	return ops, nil
}

func Run(ops []Op, input string, maxSteps int) (out string, steps int, err error) {
	var sb strings.Builder
	defer func() {
		if r := recover(); r != nil {
			out, err = sb.String(), fmt.Errorf("after %d steps: %v", steps, r)
		}
	}()
	tape, ptr := make([]byte, 64), 0
	for pc := 0; pc < len(ops); pc++ {
		if steps++; steps > maxSteps {
			panic(ErrStepLimit)
		}
		switch op := ops[pc]; op.Kind {
		case Add:
			tape[ptr] += byte(op.Arg)
		case Move:
			ptr += op.Arg // out-of-range pointers panic and are recovered above
			_ = tape[ptr]
		case Out:
			sb.WriteByte(tape[ptr])
		case In:
			if tape[ptr] = 0; input != "" {
				tape[ptr], input = input[0], input[1:]
			}
		case JmpZ:
			if tape[ptr] == 0 {
				pc = op.Arg
			}
		case JmpNZ:
			if tape[ptr] != 0 {
				pc = op.Arg
			}
		case Clear:
			tape[ptr] = 0
		}
	}
	return sb.String(), steps, nil
}

func main() {
	programs := []struct{ name, src, input string }{
		{"hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.", ""},
		{"add", ",>,[<+>-]<------------------------------------------------.", "34"},
		{"reverse", ">,[>,]<[.<]", "stressed"},
		{"cat", ",[.,]", "go!"},
		{"clear", "+++++[-]>++[-]<.", ""},
		{"unbalanced", "+[[-]", ""},
		{"extra close", "+]", ""},
		{"forever", "+[]", ""},
		{"underflow", "<<+", ""},
	}
	for _, p := range programs {
		ops, err := Compile(p.src)
		if err != nil {
			fmt.Printf("%-11s compile error: %v (unmatched=%t)\n", p.name, err, errors.Is(err, ErrUnmatched))
			continue
		}
		out, steps, err := Run(ops, p.input, 10000)
		fmt.Printf("%-11s %3d chars -> %3d ops, %5d steps, output %q", p.name, len(p.src), len(ops), steps, out)
		if err != nil {
			fmt.Printf(", error: %v", err)
		}
		fmt.Println()
	}
	ops, _ := Compile("+++[->++<]>.")
	fmt.Println("listing of +++[->++<]>.:", ops)
}
