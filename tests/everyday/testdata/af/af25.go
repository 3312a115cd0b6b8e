package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/scanner"
)

type Opcode byte

const (
	OpConst Opcode = iota // operand: constant index
	OpLoad                // operand: slot
	OpStore               // operand: slot
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMod
	OpPrint
)

func (o Opcode) String() string {
	return [...]string{"CONST", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "MOD", "PRINT"}[o]
}

type Chunk struct {
	Code   []byte
	Consts []int64
	Slots  []string
}

type CompileError struct {
	Pos scanner.Position
	Msg string
}

func (e *CompileError) Error() string { return e.Pos.String() + ": " + e.Msg }

var ErrDivZero = errors.New("division by zero")

type compiler struct {
	s   scanner.Scanner
	tok rune
	ch  *Chunk
}

func (c *compiler) next()                     { c.tok = c.s.Scan() }
func (c *compiler) fail(f string, a ...any)   { panic(&CompileError{c.s.Position, fmt.Sprintf(f, a...)}) }
func (c *compiler) emit(op Opcode, a ...byte) { c.ch.Code = append(append(c.ch.Code, byte(op)), a...) }

func (c *compiler) expect(tok rune) {
	if c.tok != tok {
		c.fail("expected %s, found %q", scanner.TokenString(tok), c.s.TokenText())
	}
	c.next()
}

func (c *compiler) slot(name string, create bool) byte {
	i := slices.Index(c.ch.Slots, name)
	if i < 0 && !create {
		c.fail("undefined variable %s", name)
	} else if i < 0 {
		c.ch.Slots, i = append(c.ch.Slots, name), len(c.ch.Slots)
	}
	return byte(i)
}

func (c *compiler) statement() {
	switch c.s.TokenText() {
	case "let":
		c.next()
		name := c.s.TokenText()
		c.expect(scanner.Ident)
		c.expect('=')
		c.expr(0)
		c.emit(OpStore, c.slot(name, true))
	case "print":
		c.next()
		c.expr(0)
		c.emit(OpPrint)
	default:
		c.fail("expected statement, found %q", c.s.TokenText())
	}
	c.expect(';')
}

// binops maps an operator to {precedence, opcode}.
var binops = map[rune][2]int{'+': {1, int(OpAdd)}, '-': {1, int(OpSub)}, '*': {2, int(OpMul)}, '/': {2, int(OpDiv)}, '%': {2, int(OpMod)}}

func (c *compiler) expr(minPrec int) {
	c.unary()
	for b, ok := binops[c.tok]; ok && b[0] > minPrec; b, ok = binops[c.tok] {
		c.next()
		c.expr(b[0])
		c.emit(Opcode(b[1]))
	}
}

func (c *compiler) unary() {
	switch c.tok {
	case '(':
		c.next()
		c.expr(0)
		c.expect(')')
	case scanner.Int:
		v, _ := strconv.ParseInt(c.s.TokenText(), 10, 64)
		c.ch.Consts = append(c.ch.Consts, v)
		c.emit(OpConst, byte(len(c.ch.Consts)-1))
		c.next()
	case scanner.Ident:
		c.emit(OpLoad, c.slot(c.s.TokenText(), false))
		c.next()
	default:
		c.fail("unexpected %q in expression", c.s.TokenText())
	}
}

func Compile(src string) (ch *Chunk, err error) {
	c := &compiler{ch: &Chunk{}}
	c.s.Init(strings.NewReader(src))
	c.s.Filename = "prog"
	defer func() {
		if r := recover(); r != nil {
			err = r.(*CompileError)
		}
	}()
	for c.next(); c.tok != scanner.EOF; c.statement() {
	}
	return c.ch, nil
}

func (ch *Chunk) Run() (out []int64, err error) {
	var stack []int64
	vars := make([]int64, len(ch.Slots))
	pop := func() int64 { v := stack[len(stack)-1]; stack = stack[:len(stack)-1]; return v }
	for pc := 0; pc < len(ch.Code); pc++ {
		switch op := Opcode(ch.Code[pc]); op {
		case OpConst:
			pc++
			stack = append(stack, ch.Consts[ch.Code[pc]])
		case OpLoad:
			pc++
			stack = append(stack, vars[ch.Code[pc]])
		case OpStore:
			pc++
			vars[ch.Code[pc]] = pop()
		case OpPrint:
			out = append(out, pop())
		default:
			b, a := pop(), pop()
			if (op == OpDiv || op == OpMod) && b == 0 {
				return out, fmt.Errorf("pc %d (%v): %w", pc, op, ErrDivZero)
			}
			stack = append(stack, map[Opcode]func() int64{
				OpAdd: func() int64 { return a + b }, OpSub: func() int64 { return a - b },
				OpMul: func() int64 { return a * b }, OpDiv: func() int64 { return a / b },
				OpMod: func() int64 { return a % b },
			}[op]())
		}
	}
	return out, nil
}

func (ch *Chunk) Disassemble() string {
	var parts []string
	for pc := 0; pc < len(ch.Code); pc++ {
		s := Opcode(ch.Code[pc]).String()
		if Opcode(ch.Code[pc]) <= OpStore {
			pc++
			s += " " + strconv.Itoa(int(ch.Code[pc]))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func main() {
	programs := []string{
		"let x = 3;\nlet y = x * (2 + 4);\nprint y - x % 2;\nprint (0 - y) / 4;",
		"let a = 10; let b = a - 3 - 2; print b; let a = a * a; print a + b * 2;",
		"let z = 5;\nprint z / (z - 5);",
		"let q = 4;\nprint q + w;",
		"print (1 + 2;",
		"loop 3;",
	}
	for i, src := range programs {
		ch, err := Compile(src)
		if err != nil {
			fmt.Printf("#%d compile error at %v\n", i+1, err)
			continue
		}
		out, err := ch.Run()
		fmt.Printf("#%d %d bytes, consts=%v slots=%v\n   %s\n   output=%v div-by-zero=%v err=%v\n",
			i+1, len(ch.Code), ch.Consts, ch.Slots, ch.Disassemble(), out, errors.Is(err, ErrDivZero), err)
	}
}
