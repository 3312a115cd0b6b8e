package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Op byte

const (
	OpPush Op = iota
	OpLoad
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpNeg
)

func (o Op) String() string { return [...]string{"PUSH", "LOAD", "ADD", "SUB", "MUL", "DIV", "NEG"}[o] }

type Instr struct {
	Op  Op
	Arg int
}
type Chunk struct {
	Code  []Instr
	Names []string
}

func (c *Chunk) emit(op Op, arg int) { c.Code = append(c.Code, Instr{op, arg}) }
func (c *Chunk) name(n string) int {
	if !slices.Contains(c.Names, n) {
		c.Names = append(c.Names, n)
	}
	return slices.Index(c.Names, n)
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "~": 3}
var opFor = map[string]Op{"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpDiv, "~": OpNeg}
var ErrStack = errors.New("stack underflow")

// Compile uses the shunting-yard algorithm to emit stack code directly.
func Compile(src string) (*Chunk, error) {
	c := &Chunk{}
	var ops []string
	prevOperand := false
	flush := func(stop func(string) bool) {
		for len(ops) > 0 && !stop(ops[len(ops)-1]) {
			c.emit(opFor[ops[len(ops)-1]], 0)
			ops = ops[:len(ops)-1]
		}
	}
	for _, tok := range strings.Fields(src) {
		switch {
		case tok == "(":
			ops = append(ops, tok)
		case tok == ")":
			flush(func(o string) bool { return o == "(" })
			if len(ops) == 0 {
				return nil, errors.New("compile: unbalanced ')'")
			}
			ops = ops[:len(ops)-1]
		case prec[tok] > 0:
			if tok == "-" && !prevOperand {
				tok = "~"
			}
			p := prec[tok]
			flush(func(o string) bool { return o == "(" || prec[o] < p || (tok == "~" && o == "~") })
			ops = append(ops, tok)
		default:
			if n, err := strconv.Atoi(tok); err == nil {
				c.emit(OpPush, n)
			} else {
				c.emit(OpLoad, c.name(tok))
			}
		}
		prevOperand = tok == ")" || prec[tok] == 0 && tok != "("
	}
	flush(func(string) bool { return false })
	return c, nil
}

func (c *Chunk) Disasm() {
	for pc, in := range c.Code {
		line := fmt.Sprintf("  %02d %-5v", pc, in.Op)
		switch in.Op {
		case OpPush:
			line += fmt.Sprint(" ", in.Arg)
		case OpLoad:
			line += fmt.Sprintf(" %d (%s)", in.Arg, c.Names[in.Arg])
		}
		fmt.Println(strings.TrimRight(line, " "))
	}
}

func Run(c *Chunk, env map[string]int) (result int, err error) {
	var stack []int
	pop := func() int {
		if len(stack) == 0 {
			panic(ErrStack)
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm: %v", r)
		}
	}()
	for _, in := range c.Code {
		switch in.Op {
		case OpPush:
			stack = append(stack, in.Arg)
		case OpLoad:
			stack = append(stack, env[c.Names[in.Arg]])
		case OpNeg:
			stack = append(stack, -pop())
		case OpAdd, OpSub, OpMul, OpDiv:
			b, a := pop(), pop()
			stack = append(stack, map[Op]func() int{
				OpAdd: func() int { return a + b }, OpSub: func() int { return a - b },
				OpMul: func() int { return a * b }, OpDiv: func() int { return a / b },
			}[in.Op]())
		}
	}
	return pop(), nil
}

func main() {
	env := map[string]int{"x": 7, "y": 3, "width": 12}
	for _, src := range []string{"( x + y ) * 2 - width / 4", "- x * - ( y - 10 )", "width / ( x - 7 )", "x +", "x ) * 2"} {
		fmt.Printf("source: %s\n", src)
		c, err := Compile(src)
		var v int
		if err == nil {
			c.Disasm()
			v, err = Run(c, env)
		}
		if err != nil { // compile or runtime error
			fmt.Println("  => error:", err)
		} else {
			fmt.Printf("  => %d\n", v)
		}
	}
}
