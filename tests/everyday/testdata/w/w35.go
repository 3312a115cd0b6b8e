package main

import (
	"bufio"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Instr struct {
	Op  string
	Arg int
}

func (in Instr) String() string { return fmt.Sprintf("%s(%d)", in.Op, in.Arg) }

var (
	validOps     = strings.Fields("PUSH POP ADD SUB MUL DUP OVER SWAP JZ JMP PRINT HALT")
	ErrUnderflow = errors.New("stack underflow")
	arith        = map[string]func(a, b int) int{"ADD": func(a, b int) int { return a + b },
		"SUB": func(a, b int) int { return a - b }, "MUL": func(a, b int) int { return a * b }}
)

type VM struct {
	stack []int
	out   []string
	steps int
}

func (vm *VM) push(vs ...int) { vm.stack = append(vm.stack, vs...) }
func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("at step %d: %w", vm.steps, r.(error))
		}
	}()
	for pc := 0; pc < len(prog); vm.steps++ {
		if vm.steps >= 10000 {
			return errors.New("step limit exceeded")
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case "PUSH":
			vm.push(in.Arg)
		case "POP":
			vm.pop()
		case "ADD", "SUB", "MUL":
			b, a := vm.pop(), vm.pop()
			vm.push(arith[in.Op](a, b))
		case "DUP":
			v := vm.pop()
			vm.push(v, v)
		case "OVER", "SWAP":
			b, a := vm.pop(), vm.pop()
			if in.Op == "OVER" {
				vm.push(a, b, a)
			} else {
				vm.push(b, a)
			}
		case "JZ", "JMP":
			if in.Op == "JMP" || vm.pop() == 0 {
				pc = in.Arg
			}
		case "PRINT":
			vm.out = append(vm.out, strconv.Itoa(vm.stack[len(vm.stack)-1]))
		case "HALT":
			return nil
		}
	}
	return nil
}

func assemble(src string) (prog []Instr, err error) {
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		code, _, _ := strings.Cut(sc.Text(), ";")
		f := append(strings.Fields(strings.ToUpper(code)), "0")
		if len(f) == 1 {
			continue
		} else if !slices.Contains(validOps, f[0]) {
			return nil, fmt.Errorf("line %d: unknown op %q", line, f[0])
		}
		in := Instr{Op: f[0]}
		if in.Arg, err = strconv.Atoi(f[1]); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		prog = append(prog, in)
	}
	return prog, nil
}

const factorial = "push 1 ; acc\npush 6 ; n\ndup\njz 11\nswap\nover\nmul\nswap\npush 1\nsub\njmp 2\npop ; done\nprint"

func main() {
	srcs := []string{"push 2\npush 3\nadd\npush 4\nmul\nprint\nhalt", "push 5\ndup\nprint\npush 1\nsub\ndup\njz 8\njmp 1\nhalt",
		"push 1\nadd", "push 1\nfrobnicate", "push x", "jmp 0", factorial}
	for i, s := range srcs {
		prog, err := assemble(s)
		if err != nil {
			fmt.Printf("prog %d: assemble error: %v\n", i, err)
			continue
		}
		vm := &VM{}
		err = vm.Run(prog)
		fmt.Printf("prog %d: %v.. out=[%s] stack=%v steps=%d err=%v underflow=%t\n",
			i, prog[:min(2, len(prog))], strings.Join(vm.out, ","), vm.stack, vm.steps, err, errors.Is(err, ErrUnderflow))
	}
}
