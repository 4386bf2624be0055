import { ChatApp } from '@/components/chat/chat-app';

/** `/`: chat with the tutor. */
export default function ChatPage() {
  return <ChatApp />;
}
