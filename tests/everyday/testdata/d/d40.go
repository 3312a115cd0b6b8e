package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Opcode byte

const (
	OpPush Opcode = iota
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpDup
	OpSwap
	OpJz
	OpJmp
	OpPrint
	OpHalt
	numOps
)

var opNames = [numOps]string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT"}

func (o Opcode) String() string {
	if o < numOps {
		return opNames[o]
	}
	return "Opcode(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Opcode
	Arg int
}

var ErrStackUnderflow = errors.New("stack underflow")

type VM struct {
	stack  []int
	pc     int
	out    []string
	halted bool
	steps  int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) binary(f func(a, b int) int) { b, a := vm.pop(), vm.pop(); vm.push(f(a, b)) }

func (vm *VM) opPush(arg int) { vm.push(arg) }
func (vm *VM) opAdd(int)      { vm.binary(func(a, b int) int { return a + b }) }
func (vm *VM) opSub(int)      { vm.binary(func(a, b int) int { return a - b }) }
func (vm *VM) opMul(int)      { vm.binary(func(a, b int) int { return a * b }) }
func (vm *VM) opDiv(int)      { vm.binary(func(a, b int) int { return a / b }) }
func (vm *VM) opDup(int)      { v := vm.pop(); vm.push(v); vm.push(v) }
func (vm *VM) opSwap(int)     { b, a := vm.pop(), vm.pop(); vm.push(b); vm.push(a) }
func (vm *VM) opJmp(arg int)  { vm.pc = arg - 1 }
func (vm *VM) opPrint(int)    { vm.out = append(vm.out, strconv.Itoa(vm.pop())) }
func (vm *VM) opHalt(int)     { vm.halted = true }
func (vm *VM) opJz(target int) {
	if vm.pop() == 0 {
		vm.pc = target - 1
	}
}

// dispatch is a table of method expressions indexed by opcode.
var dispatch = [numOps]func(*VM, int){
	OpPush: (*VM).opPush, OpAdd: (*VM).opAdd, OpSub: (*VM).opSub, OpMul: (*VM).opMul,
	OpDiv: (*VM).opDiv, OpDup: (*VM).opDup, OpSwap: (*VM).opSwap, OpJz: (*VM).opJz,
	OpJmp: (*VM).opJmp, OpPrint: (*VM).opPrint, OpHalt: (*VM).opHalt,
}

func (vm *VM) Run(prog []Instr, maxSteps int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			ins := prog[vm.pc]
			switch e := r.(type) {
			case error:
				err = fmt.Errorf("pc=%d %v: %w", vm.pc, ins.Op, e)
			default:
				err = fmt.Errorf("pc=%d %v: %v", vm.pc, ins.Op, e)
			}
		}
	}()
	for vm.pc = 0; vm.pc < len(prog) && !vm.halted; vm.pc++ {
		if vm.steps++; vm.steps > maxSteps {
			return fmt.Errorf("step limit %d exceeded", maxSteps)
		}
		ins := prog[vm.pc]
		if ins.Op >= numOps {
			panic(fmt.Sprintf("illegal instruction %v", ins.Op))
		}
		dispatch[ins.Op](vm, ins.Arg)
	}
	return nil
}

func Assemble(src string) ([]Instr, error) {
	index := map[string]Opcode{}
	for i, n := range opNames {
		index[n] = Opcode(i)
	}
	var prog []Instr
	for ln, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(strings.Split(line, ";")[0])
		if len(f) == 0 {
			continue
		}
		op, ok := index[strings.ToUpper(f[0])]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown mnemonic %q", ln+1, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", ln+1, err)
			}
			in.Arg = n
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func main() {
	programs := map[string]string{
		"1-arith":     "push 6\npush 7\nmul\nprint\npush 100\npush 8\nsub\nprint",
		"2-countdown": "push 5\ndup ; loop start (pc=1)\nprint\npush 1\nsub\ndup\njz 8\njmp 1\nhalt",
		"3-divzero":   "push 1\npush 0\ndiv\nprint",
		"4-underflow": "push 2\nadd",
		"5-infinite":  "jmp 0",
		"6-badasm":    "push 1\nfrob 2",
		"7-badnum":    "push x1",
	}
	names := []string{"1-arith", "2-countdown", "3-divzero", "4-underflow", "5-infinite", "6-badasm", "7-badnum"}
	for _, name := range names {
		fmt.Printf("== %s\n", name)
		prog, err := Assemble(programs[name])
		if err != nil {
			fmt.Println("   assemble error:", err)
			continue
		}
		var listing []string
		for _, in := range prog {
			listing = append(listing, fmt.Sprintf("%v %d", in.Op, in.Arg))
		}
		fmt.Println("   code:", strings.Join(listing, " | "))
		vm := &VM{}
		err = vm.Run(prog, 50)
		fmt.Printf("   output=%v stack=%v steps=%d\n", vm.out, vm.stack, vm.steps)
		if err != nil {
			fmt.Printf("   error: %v (underflow=%t)\n", err, errors.Is(err, ErrStackUnderflow))
		}
	}
	vm := &VM{}
	fmt.Println("== raw illegal opcode:", vm.Run([]Instr{{Op: 42}}, 10))
}
