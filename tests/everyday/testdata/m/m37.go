package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var arity = map[string]int{"mov": 2, "add": 2, "sub": 2, "mul": 2, "mod": 2, "jmp": 1, "jz": 2, "jnz": 2,
	"call": 1, "ret": 0, "print": 1, "halt": 0}

var alu = map[string]func(a, b int) int{
	"mov": func(_, b int) int { return b }, "add": func(a, b int) int { return a + b },
	"sub": func(a, b int) int { return a - b }, "mul": func(a, b int) int { return a * b },
	"mod": func(a, b int) int { return a % b },
}

type Operand interface {
	Get(c *CPU) int
	String() string
}

type Reg int
type Imm int

func (r Reg) Get(c *CPU) int { return c.regs[r] }
func (r Reg) String() string { return "r" + strconv.Itoa(int(r)) }
func (i Imm) Get(*CPU) int   { return int(i) }
func (i Imm) String() string { return "#" + strconv.Itoa(int(i)) }

type Instr struct {
	Op   string
	Args []Operand
}

var ErrAsm = errors.New("assembly failed")

func operand(s string, labels map[string]int) (Operand, error) {
	if n, err := strconv.Atoi(s); err == nil {
		return Imm(n), nil
	}
	if len(s) == 2 && s[0] == 'r' && s[1] >= '0' && s[1] <= '3' {
		return Reg(s[1] - '0'), nil
	}
	if addr, ok := labels[s]; ok {
		return Imm(addr), nil // labels resolve to instruction addresses
	}
	return nil, fmt.Errorf("bad operand %q", s)
}

// Assemble makes two passes: the first records label addresses, the second encodes.
func Assemble(src string) ([]Instr, error) {
	stmts := strings.FieldsFunc(src, func(r rune) bool { return r == '\n' || r == ';' })
	labels, addr := map[string]int{}, 0
	for _, s := range stmts {
		if s = strings.TrimSpace(s); strings.HasSuffix(s, ":") {
			labels[strings.TrimSuffix(s, ":")] = addr
		} else if s != "" {
			addr++
		}
	}
	var prog []Instr
	for n, s := range stmts {
		fields := strings.Fields(strings.ReplaceAll(s, ",", " "))
		if len(fields) == 0 || strings.HasSuffix(fields[0], ":") {
			continue
		}
		if want, ok := arity[fields[0]]; !ok || want != len(fields)-1 {
			return nil, fmt.Errorf("%w at statement %d: bad instruction %q", ErrAsm, n+1, strings.TrimSpace(s))
		}
		in := Instr{Op: fields[0]}
		for i, f := range fields[1:] {
			arg, err := operand(f, labels)
			if _, isReg := arg.(Reg); err == nil && i == 0 && alu[in.Op] != nil && !isReg {
				err = errors.New("destination must be a register")
			}
			if err != nil {
				return nil, fmt.Errorf("%w at statement %d: %w", ErrAsm, n+1, err)
			}
			in.Args = append(in.Args, arg)
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type CPU struct {
	regs  [4]int
	stack []int
	out   []string
}

var ErrSteps = errors.New("step limit")

func (c *CPU) Run(prog []Instr, limit int) (steps int, err error) {
	for pc := 0; pc < len(prog); steps++ {
		if steps == limit {
			return steps, fmt.Errorf("pc=%d: %w", pc, ErrSteps)
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case "jmp":
			pc = in.Args[0].Get(c)
		case "jz", "jnz":
			if (in.Args[0].Get(c) == 0) == (in.Op == "jz") {
				pc = in.Args[1].Get(c)
			}
		case "call":
			c.stack, pc = append(c.stack, pc), in.Args[0].Get(c)
		case "ret":
			pc, c.stack = c.stack[len(c.stack)-1], c.stack[:len(c.stack)-1]
		case "print":
			c.out = append(c.out, strconv.Itoa(in.Args[0].Get(c)))
		case "halt":
			return steps + 1, nil
		default:
			r := in.Args[0].(Reg)
			c.regs[r] = alu[in.Op](c.regs[r], in.Args[1].Get(c))
		}
	}
	return steps, nil
}

const fib = `mov r0, 0; mov r1, 1; mov r2, 10
loop:; print r0; call step; sub r2, 1; jnz r2, loop; halt
step:; mov r3, r0; add r3, r1; mov r0, r1; mov r1, r3; ret`

const gcd = "mov r0, 1071; mov r1, 462\ngcd:; jz r1, done; mov r2, r0; mod r2, r1; mov r0, r1; mov r1, r2; jmp gcd\ndone:; print r0"

func main() {
	for _, src := range []string{fib, gcd, "top:; add r0, 1; jmp top", "mov r0, r9", "mov r0; print r0", "jmp nowhere", "add 5, r1"} {
		prog, err := Assemble(src)
		if errors.Is(err, ErrAsm) {
			fmt.Println(err)
			continue
		}
		cpu := &CPU{}
		steps, err := cpu.Run(prog, 500)
		fmt.Printf("%2d instrs, %3d steps, out=[%s] regs=%v err=%v\n", len(prog), steps, strings.Join(cpu.out, " "), cpu.regs, err)
	}
	prog, _ := Assemble(fib)
	for addr, in := range prog {
		fmt.Printf("  %02d %-5s %v\n", addr, in.Op, in.Args)
	}
}
