package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op uint8

const (
	OpHalt Op = iota
	OpLoad    // LOAD rA, imm
	OpMov     // MOV rA, rB
	OpAdd     // ADD rA, rB
	OpSub
	OpMul
	OpMod
	OpJmp // JMP label
	OpJz  // JZ rA, label
	OpJnz
	OpPrint // PRINT rA
)

var mnemonics = []string{"HALT", "LOAD", "MOV", "ADD", "SUB", "MUL", "MOD", "JMP", "JZ", "JNZ", "PRINT"}

// operand shapes: r=register, i=immediate, l=label
var shapes = []string{"", "ri", "rr", "rr", "rr", "rr", "rr", "l", "rl", "rl", "r"}

func (o Op) String() string { return mnemonics[o] }

type Instr struct {
	Op   Op
	A, B int
}

type AsmError struct {
	Line, Col int
	Msg       string
}

func (e *AsmError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

func Assemble(src string) ([]Instr, error) {
	type fixup struct {
		at, line, col int
		label         string
	}
	var prog []Instr
	var fixups []fixup
	var errs []error
	labels := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for ln := 1; sc.Scan(); ln++ {
		text, _, _ := strings.Cut(sc.Text(), ";")
		col := func(s string) int { return strings.Index(text, s) + 1 }
		if name, rest, ok := strings.Cut(text, ":"); ok {
			name = strings.TrimSpace(name)
			if _, dup := labels[name]; dup {
				errs = append(errs, &AsmError{ln, col(name), "duplicate label " + name})
			}
			labels[name] = len(prog)
			text = strings.Repeat(" ", len(text)-len(rest)) + rest
		}
		fields := strings.Fields(strings.ReplaceAll(text, ",", " "))
		if len(fields) == 0 {
			continue
		}
		op := -1
		for i, m := range mnemonics {
			if strings.EqualFold(m, fields[0]) {
				op = i
			}
		}
		if op < 0 {
			errs = append(errs, &AsmError{ln, col(fields[0]), "unknown mnemonic " + fields[0]})
			continue
		}
		shape, args := shapes[op], fields[1:]
		if len(args) != len(shape) {
			errs = append(errs, &AsmError{ln, col(fields[0]), fmt.Sprintf("%s takes %d operand(s), got %d", mnemonics[op], len(shape), len(args))})
			continue
		}
		in := Instr{Op: Op(op)}
		vals := []*int{&in.A, &in.B}
		for k, a := range args {
			var err error
			switch shape[k] {
			case 'r':
				if len(a) != 2 || a[0] != 'r' || a[1] < '0' || a[1] > '7' {
					err = fmt.Errorf("bad register %q", a)
				}
				*vals[k] = int(a[len(a)-1] - '0')
			case 'i':
				*vals[k], err = strconv.Atoi(a)
			case 'l':
				fixups = append(fixups, fixup{len(prog), ln, col(a), a})
			}
			if err != nil {
				errs = append(errs, &AsmError{ln, col(a), err.Error()})
			}
		}
		prog = append(prog, in)
	}
	for _, f := range fixups {
		addr, ok := labels[f.label]
		if !ok {
			errs = append(errs, &AsmError{f.line, f.col, "undefined label " + f.label})
		}
		if shapes[prog[f.at].Op] == "l" {
			prog[f.at].A = addr
		} else {
			prog[f.at].B = addr
		}
	}
	return prog, errors.Join(errs...)
}

var ErrStepLimit = errors.New("step limit exceeded")

func Run(prog []Instr, limit int) (out []int, steps int, err error) {
	var r [8]int
	for pc := 0; pc < len(prog); steps++ {
		if steps >= limit {
			return out, steps, ErrStepLimit
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case OpHalt:
			return out, steps, nil
		case OpLoad:
			r[in.A] = in.B
		case OpMov:
			r[in.A] = r[in.B]
		case OpAdd:
			r[in.A] += r[in.B]
		case OpSub:
			r[in.A] -= r[in.B]
		case OpMul:
			r[in.A] *= r[in.B]
		case OpMod:
			if r[in.B] == 0 {
				return out, steps, fmt.Errorf("pc %d: modulo by zero", pc-1)
			}
			r[in.A] %= r[in.B]
		case OpJmp:
			pc = in.A
		case OpJz, OpJnz:
			if (r[in.A] == 0) == (in.Op == OpJz) {
				pc = in.B
			}
		case OpPrint:
			out = append(out, r[in.A])
		}
	}
	return out, steps, nil
}

var programs = map[string]string{
	"factorial": "  LOAD r0, 1 ; acc\n  LOAD r1, 6\n  LOAD r2, 1\nloop: MUL r0, r1\n  SUB r1, r2\n  JNZ r1, loop\n  PRINT r0\n  HALT",
	"fibonacci": "LOAD r0, 0\nLOAD r1, 1\nLOAD r3, 10\nLOAD r4, 1\nnext: PRINT r0\nMOV r2, r0\nADD r2, r1\nMOV r0, r1\nMOV r1, r2\nSUB r3, r4\nJNZ r3, next\nHALT",
	"gcd":       "LOAD r0, 1071\nLOAD r1, 462\ntop: JZ r1, done\nMOV r2, r0\nMOD r2, r1\nMOV r0, r1\nMOV r1, r2\nJMP top\ndone: PRINT r0",
	"spin":      "again: JMP again",
	"broken":    "LOAD r9, 1\n  ADD r0\n  FROB r1\nx: JMP nowhere\nx: LOAD r1, ten",
	"divzero":   "LOAD r0, 5\nMOD r0, r1",
}

func main() {
	for _, name := range []string{"factorial", "fibonacci", "gcd", "spin", "broken", "divzero"} {
		prog, err := Assemble(programs[name])
		if err != nil {
			fmt.Printf("%s: assembly failed:\n", name)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("   ", line)
			}
			continue
		}
		if name == "gcd" {
			for pc, in := range prog {
				fmt.Printf("   %02d  %-5v %d %d\n", pc, in.Op, in.A, in.B)
			}
		}
		out, steps, err := Run(prog, 1000)
		fmt.Printf("%s: %d instrs, first=%v %v, output=%v steps=%d err=%v\n", name, len(prog), prog[0].Op, prog[0].A, out, steps, err)
	}
}
