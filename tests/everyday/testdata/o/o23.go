package main

import (
	"errors"
	"fmt"
	"strings"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpAdd
	OpMul
	OpSub
	OpDup
	OpSwap
	OpJz
	OpJmp
	OpPrint
	OpHalt
)

func (o Opcode) String() string {
	if names := [...]string{"PUSH", "ADD", "MUL", "SUB", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT"}; int(o) < len(names) {
		return names[o]
	}
	return fmt.Sprintf("OP%02X", byte(o))
}

type Instr struct {
	Op  Opcode
	Arg int
}

func (i Instr) String() string {
	if i.Op == OpPush || i.Op == OpJz || i.Op == OpJmp {
		return fmt.Sprintf("%-5v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

type VMError struct {
	PC    int
	Instr Instr
	Err   error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d [%v]: %v", e.PC, e.Instr, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrBadOp     = errors.New("illegal opcode")
	ErrSteps     = errors.New("step limit exceeded")
)

type VM struct {
	stack []int
	out   []string
	steps int
	err   error // first fault; checked after every instruction
}

func (vm *VM) push(vs ...int) { vm.stack = append(vm.stack, vs...) }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		vm.err = ErrUnderflow
		return 0
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

var arith = map[Opcode]func(a, b int) int{
	OpAdd: func(a, b int) int { return a + b },
	OpMul: func(a, b int) int { return a * b },
	OpSub: func(a, b int) int { return a - b },
}

func (vm *VM) Run(prog []Instr, limit int) error {
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		if vm.steps++; vm.steps > limit {
			return &VMError{pc, in, ErrSteps}
		}
		next := pc + 1
		switch in.Op {
		case OpPush:
			vm.push(in.Arg)
		case OpAdd, OpMul, OpSub:
			b, a := vm.pop(), vm.pop()
			vm.push(arith[in.Op](a, b))
		case OpDup:
			v := vm.pop()
			vm.push(v, v)
		case OpSwap:
			b, a := vm.pop(), vm.pop()
			vm.push(b, a)
		case OpJz:
			if vm.pop() == 0 {
				next = in.Arg
			}
		case OpJmp:
			next = in.Arg
		case OpPrint:
			if v := vm.pop(); vm.err == nil {
				vm.out = append(vm.out, fmt.Sprint(v))
			}
		case OpHalt:
			return nil
		default:
			vm.err = ErrBadOp
		}
		if vm.err != nil {
			return &VMError{pc, in, vm.err}
		}
		pc = next
	}
	return nil
}

func main() {
	countdown := []Instr{{OpPush, 5}, {OpDup, 0}, {OpJz, 11}, {OpDup, 0}, {OpDup, 0}, {OpMul, 0}, // n*n for n=5..1
		{OpPrint, 0}, {OpPush, 1}, {OpSub, 0}, {OpJmp, 1}, {OpHalt, 0}, {OpHalt, 0}}
	programs := map[string][]Instr{
		"1-countdown": countdown,
		"2-underflow": {{OpPush, 1}, {OpAdd, 0}},
		"3-badop":     {{OpPush, 2}, {Opcode(0x42), 0}},
		"4-loop":      {{OpJmp, 0}},
		"5-swap":      {{OpPush, 10}, {OpPush, 3}, {OpSwap, 0}, {OpSub, 0}, {OpPrint, 0}},
		"6-print":     {{OpPush, 7}, {OpPrint, 0}, {OpPrint, 0}},
	}
	fmt.Println("listing 1-countdown:")
	for i, in := range countdown {
		fmt.Printf("  %02d  %v\n", i, in)
	}
	for _, name := range []string{"1-countdown", "2-underflow", "3-badop", "4-loop", "5-swap", "6-print"} {
		vm := &VM{}
		err := vm.Run(programs[name], 100)
		fmt.Printf("%-12s out=[%s] steps=%d\n", name, strings.Join(vm.out, " "), vm.steps)
		if ve := (*VMError)(nil); errors.As(err, &ve) {
			fmt.Printf("   %v fault at pc=%d: %v (underflow=%v badop=%v limit=%v)\n", ve.Instr.Op, ve.PC, ve.Err,
				errors.Is(err, ErrUnderflow), errors.Is(err, ErrBadOp), errors.Is(err, ErrSteps))
		}
	}
}
