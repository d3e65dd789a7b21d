// Shell scripts printed by `interview-coach completion <shell>`. Each asks the CLI itself
// (`interview-coach __complete INDEX -- WORDS...`; after "--" commander leaves the words alone) so ids and program names are always current.

export const completionScripts = {
  bash: `# interview-coach completion for bash: add to ~/.bashrc
#   source <(interview-coach completion bash)
_interview_coach() {
  local IFS=$'\\n'
  COMPREPLY=($(interview-coach __complete "$COMP_CWORD" -- "\${COMP_WORDS[@]}" 2>/dev/null))
}
complete -o filenames -F _interview_coach interview-coach
`,
  zsh: `#compdef interview-coach
# interview-coach completion for zsh: save as _interview-coach in a folder on $fpath
_interview_coach() {
  local -a candidates
  candidates=("\${(@f)$(interview-coach __complete $((CURRENT - 1)) -- "\${words[@]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _interview_coach interview-coach
`,
  fish: `# interview-coach completion for fish: save as ~/.config/fish/completions/interview-coach.fish
function __interview_coach_complete
  set -l words (commandline -opc) (commandline -ct)
  interview-coach __complete (math (count $words) - 1) -- $words 2>/dev/null
end
complete -c interview-coach -f -a '(__interview_coach_complete)'
`,
} as const;

export type Shell = keyof typeof completionScripts;
